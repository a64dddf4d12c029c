import { Box, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { classes, SCALE } from './map-classes';

type Props = { nis: string; name: string; province: string };
type Municipalities = FeatureCollection<Geometry, Props>;

const WIDTH = 860;
const HEIGHT = 400;
const NO_DATA = '#f1f3f5';
const ZERO = '#ffffff';

/**
 * The Flemish municipalities drawn from the stored GeoJSON (no online tile service), coloured by a value per
 * municipality — or per province, when `byProvince`. Hidden or missing values are drawn hatched grey.
 */
export function FlandersMap({
  values,
  byProvince,
  label,
  format,
}: {
  /** value per NIS code (municipality, or province when byProvince); null: hidden */
  values: Map<string, number | null>;
  byProvince: boolean;
  label: string;
  format: (v: number) => string;
}) {
  const { t } = useTranslation();
  const geo = useQuery({
    queryKey: ['monitoring', 'municipalities.geojson'],
    queryFn: () => api.get<Municipalities>('/monitoring/municipalities.geojson'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const paths = useMemo(() => {
    if (!geo.data) {
      return [];
    }
    const projection = geoMercator().fitSize([WIDTH, HEIGHT], geo.data);
    const path = geoPath(projection);
    return geo.data.features.map((f: Feature<Geometry, Props>) => ({
      nis: f.properties.nis,
      name: f.properties.name,
      key: byProvince ? f.properties.province : f.properties.nis,
      d: path(f) ?? '',
    }));
  }, [geo.data, byProvince]);
  const shownValues = [...values.values()].filter((v): v is number => v !== null && v > 0);
  const { bounds, classOf } = classes(shownValues);

  if (!geo.data) {
    return <Text c="dimmed">{t('monitoring.map.loadingMap')}</Text>;
  }
  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={label}
        style={{ maxHeight: 460, display: 'block' }}
      >
        <defs>
          <pattern
            id="map-hidden"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill={NO_DATA} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#adb5bd" strokeWidth="2" />
          </pattern>
        </defs>
        {paths.map((p) => {
          const value = values.get(p.key);
          const fill =
            value === null || value === undefined
              ? 'url(#map-hidden)'
              : value === 0
                ? ZERO
                : SCALE[classOf(value)];
          return (
            <path key={p.nis} d={p.d} fill={fill} stroke="#868e96" strokeWidth={0.4}>
              <title>{`${p.name}: ${value === null || value === undefined ? '—' : format(value)}`}</title>
            </path>
          );
        })}
      </svg>
      <Group gap="md" mt="xs" wrap="wrap" aria-label={t('monitoring.map.legend')} role="list">
        {bounds.map((b, k) => (
          <Group key={b} gap={6} role="listitem">
            <Box w={18} h={14} bg={SCALE[k]} style={{ border: '1px solid #868e96' }} />
            <Text size="xs">{`≥ ${format(b)}`}</Text>
          </Group>
        ))}
        <Group gap={6} role="listitem">
          <Box w={18} h={14} bg={ZERO} style={{ border: '1px solid #868e96' }} />
          <Text size="xs">0</Text>
        </Group>
        <Group gap={6} role="listitem">
          <svg width={18} height={14} aria-hidden>
            <rect width={18} height={14} fill="url(#map-hidden)" stroke="#868e96" />
          </svg>
          <Text size="xs">{t('monitoring.map.legendHidden')}</Text>
        </Group>
      </Group>
    </Box>
  );
}
