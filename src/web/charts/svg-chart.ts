// Server-side charts: a small spec rendered to SVG by ECharts' server-side renderer, then made safe to inline
// under our Content-Security-Policy (no style attributes, no <style> element, no script hooks). Pages show the
// same numbers in a table beside every chart (chart.tsx), so the SVG is a picture of data the page already
// states in text.
import * as echarts from 'echarts';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  /** Category labels, one per value of each series (x axis; the y axis when `horizontal`). */
  categories: string[];
  series: ChartSeries[];
  /** Right-to-left pages mirror the category axis and put the value axis on the right. */
  dir?: 'ltr' | 'rtl';
  /** Bars drawn from the start edge (long labels such as commitment numbers read better this way). */
  horizontal?: boolean;
  width?: number;
  height?: number;
  /** Fixed top of the value axis (100 for percentages). */
  max?: number;
  /** Formats value-axis labels (e.g. the page's Intl number format). */
  formatValue?: (n: number) => string;
}

/** Colours from the site palette; each has at least 3:1 contrast on white (WCAG 1.4.11). */
export const CHART_COLORS = ['#0b5d4b', '#9a3412', '#1d4ed8', '#6b21a8', '#4a5361', '#a16207'];
const TEXT = '#1b1f24';
const GRID = '#c9d0da';

function options(spec: ChartSpec): echarts.EChartsOption {
  const rtl = spec.dir === 'rtl';
  const category = {
    type: 'category' as const,
    data: spec.categories,
    inverse: spec.horizontal ? true : rtl,
    axisLabel: { color: TEXT, fontSize: 12, interval: 0, hideOverlap: true },
    axisLine: { lineStyle: { color: TEXT } },
  };
  const value = {
    type: 'value' as const,
    max: spec.max,
    inverse: spec.horizontal ? rtl : false,
    position: (spec.horizontal ? 'bottom' : rtl ? 'right' : 'left') as never,
    axisLabel: { color: TEXT, fontSize: 12, formatter: spec.formatValue },
    splitLine: { lineStyle: { color: GRID } },
  };
  const categoryAxisPosition = spec.horizontal ? (rtl ? 'right' : 'left') : 'bottom';
  return {
    animation: false,
    color: CHART_COLORS,
    textStyle: { fontFamily: 'sans-serif', color: TEXT },
    grid: { containLabel: true, left: 12, right: 12, top: spec.series.length > 1 ? 36 : 12, bottom: 12 },
    legend: spec.series.length > 1 ? { top: 0, textStyle: { color: TEXT } } : undefined,
    xAxis: spec.horizontal ? value : { ...category, position: categoryAxisPosition as never },
    yAxis: spec.horizontal ? { ...category, position: categoryAxisPosition as never } : value,
    series: spec.series.map((s) => ({
      type: spec.kind,
      name: s.name,
      data: s.values,
      symbolSize: 6,
      connectNulls: false,
    })),
  } as echarts.EChartsOption;
}

/** The chart as an SVG string without any inline styling, safe to embed in an HTML page. */
export function renderChartSvg(spec: ChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? (spec.horizontal ? Math.max(160, 28 * spec.categories.length + 48) : 320);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(options(spec));
    return cspSafeSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

const STYLE_TO_ATTRIBUTE: Record<string, string> = {
  'font-size': 'font-size',
  'font-family': 'font-family',
  'font-weight': 'font-weight',
  'font-style': 'font-style',
  opacity: 'opacity',
};

/**
 * Removes what a strict CSP blocks or what has no use on a static picture: `style="…"` declarations become
 * presentation attributes, the hover `<style>` block and ECharts' metadata attributes go, and the SVG keeps
 * left-to-right geometry (`direction="ltr"`) whatever the page's direction, because its coordinates are
 * computed for it.
 */
export function cspSafeSvg(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_, css: string) =>
      css
        .split(';')
        .map((declaration) => declaration.split(':').map((part) => part.trim()))
        .filter(([prop, val]) => prop && val && STYLE_TO_ATTRIBUTE[prop])
        .map(([prop, val]) => ` ${STYLE_TO_ATTRIBUTE[prop as string]}="${val}"`)
        .join(''),
    )
    .replace(/ (ecmeta_[a-z_]+|pointer-events|class)="[^"]*"/g, '')
    .replace(/<svg /, '<svg direction="ltr" focusable="false" ');
}
