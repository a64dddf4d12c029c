-- The network-wide list (network admins) sorts all participants by name: without this index every page sorted the
-- whole table (367 ms at 250,000 participants on PGlite, bench:participants).
create index participants_name_idx on participants (last_name, first_name, id);
