import { Box, Group, Text, useMantineTheme } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';

export type BarSeries<K extends string> = { key: K; label: string; color: string };
export type BarGroup<K extends string> = { label: string; values: Record<K, number> };

const BAR_H = 14;
const BAR_GAP = 3;
const GROUP_GAP = 16;
const MAX_WIDTH = 720;
const VALUE_W = 70;

/**
 * A small horizontal grouped bar chart in SVG with the theme's colours: one row per group, one bar per
 * series, values written at the end of each bar. Negative values grow left of the zero line. The chart is
 * one labelled image; the numbers are also in the table that goes with it. It is drawn at the width it
 * gets (up to 720 px), so its text stays readable on a phone.
 */
export function BarChart<K extends string>({
  title,
  groups,
  series,
  format,
}: {
  title: string;
  groups: BarGroup<K>[];
  series: BarSeries<K>[];
  format: (value: number) => string;
}) {
  const theme = useMantineTheme();
  const { ref, width: measured } = useElementSize();
  const WIDTH = Math.min(MAX_WIDTH, Math.max(280, Math.round(measured) || MAX_WIDTH));
  const LABEL_W = Math.min(170, Math.round(WIDTH * 0.28));
  const colour = (name: string) => theme.colors[name]?.[7] ?? name;
  const values = groups.flatMap((g) => series.map((s) => g.values[s.key]));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const plot = WIDTH - LABEL_W - VALUE_W;
  const scale = (v: number) => (max === min ? 0 : (v / (max - min)) * plot);
  const zeroX = LABEL_W + scale(-min);
  const groupH = series.length * (BAR_H + BAR_GAP) - BAR_GAP;
  const height = groups.length * (groupH + GROUP_GAP);
  const summary = groups.map((g) => `${g.label}: ${series.map((s) => `${s.label.toLowerCase()} ${format(g.values[s.key])}`).join(', ')}`).join('; ');
  return (
    <Box component="figure" m={0} ref={ref}>
      <Group gap="md" mb="xs" aria-hidden>
        {series.map((s) => (
          <Group key={s.key} gap={6}>
            <Box w={12} h={12} style={{ background: colour(s.color), borderRadius: 2 }} />
            <Text size="sm">{s.label}</Text>
          </Group>
        ))}
      </Group>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-label={`${title}. ${summary}`} style={{ maxWidth: '100%', height: 'auto', display: 'block' }}>
        {groups.map((g, gi) => {
          const y0 = gi * (groupH + GROUP_GAP);
          return (
            <g key={g.label}>
              <text x={0} y={y0 + groupH / 2} dominantBaseline="middle" fontSize={13} fill="var(--mantine-color-text)">
                {g.label.length > LABEL_W / 7 ? `${g.label.slice(0, Math.floor(LABEL_W / 7) - 1)}…` : g.label}
              </text>
              {series.map((s, si) => {
                const v = g.values[s.key];
                const y = y0 + si * (BAR_H + BAR_GAP);
                const w = Math.abs(scale(v));
                const x = v < 0 ? zeroX - w : zeroX;
                return (
                  <g key={s.key}>
                    <rect x={x} y={y} width={Math.max(w, 1)} height={BAR_H} rx={2} fill={colour(s.color)} />
                    <text x={v < 0 ? zeroX + 4 : x + w + 4} y={y + BAR_H / 2} dominantBaseline="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
                      {format(v)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={zeroX} x2={zeroX} y1={0} y2={height - GROUP_GAP} stroke="var(--mantine-color-default-border)" />
      </svg>
      <Text component="figcaption" size="xs" c="dimmed" mt={4}>
        {title}
      </Text>
    </Box>
  );
}
