import {
  AppShell,
  Burger,
  Group,
  Menu,
  NavLink,
  ScrollArea,
  SegmentedControl,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { useCan, useCurrentUser, useLogout } from '../api/session';
import { setUiLocale, type UiLocale } from '../i18n';
import { NAV_GROUPS, NAV_ITEMS } from './navigation';
import { NotificationsMenu } from './notifications-menu';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** The frame of every signed-in page: header with language and account menu, navigation by role, main area. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const logout = useLogout();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const items = NAV_ITEMS.filter(
    (item) =>
      (!item.permission || [item.permission].flat().some(can)) &&
      (!item.role || me.roles.some((grant) => grant.role === item.role)),
  );
  // The most specific entry is the current page (/referrals/lead-times, not /referrals as well).
  const activeTo =
    items
      .map((item) => item.to)
      .filter((to) => isActive(pathname, to))
      .sort((a, b) => b.length - a.length)[0] ??
    items.find((item) => item.alsoActiveOn?.some((to) => isActive(pathname, to)))?.to;

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <Text fw={700} size="lg" c="blue.9" component={RouterNavLink} to="/">
              Werkbrug
            </Text>
            {me.homeOrganisation && (
              <Text size="sm" c="dimmed" visibleFrom="sm">
                {me.homeOrganisation.name}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SegmentedControl
              size="xs"
              aria-label={t('shell.language')}
              value={i18n.language === 'en' ? 'en' : 'nl-BE'}
              onChange={(value) => void setUiLocale(value as UiLocale)}
              data={[
                { value: 'nl-BE', label: 'NL' },
                { value: 'en', label: 'EN' },
              ]}
            />
            <NotificationsMenu />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton aria-label={t('shell.accountMenu')}>
                  <Group gap={6} wrap="nowrap">
                    <IconUserCircle size={22} aria-hidden />
                    <Text size="sm" visibleFrom="sm">
                      {me.displayName}
                    </Text>
                    <IconChevronDown size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{me.email}</Menu.Label>
                <Menu.Item leftSection={<IconUserCircle size={16} />} onClick={() => navigate('/account')}>
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item
                  leftSection={<IconLogout size={16} />}
                  onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login') })}
                >
                  {t('shell.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')} component="nav">
        <ScrollArea>
          {NAV_GROUPS.map((group) => {
            const groupItems = items.filter((item) => item.group === group);
            if (groupItems.length === 0) {
              return null;
            }
            return (
              <div key={group}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mt="sm" mb={4}>
                  {t(`nav.groups.${group}`)}
                </Text>
                {groupItems.map((item) => (
                  <NavLink
                    key={item.to}
                    // A plain link: the router's NavLink would mark /referrals current on /referrals/lead-times too.
                    component={Link}
                    to={item.to}
                    label={t(`nav.${item.label}`)}
                    leftSection={<item.icon size={18} stroke={1.6} />}
                    active={item.to === activeTo}
                    aria-current={item.to === activeTo ? 'page' : undefined}
                    onClick={close}
                  />
                ))}
              </div>
            );
          })}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
