import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderToString } from 'preact-render-to-string';
import { i18nFor } from '../../i18n/index.ts';
import { Chart } from './chart.tsx';
import { CHART_COLORS, cspSafeSvg, renderChartSvg } from './svg-chart.ts';

const bars = (svg: string) => svg.match(new RegExp(`<path d="[^"]+" fill="${CHART_COLORS[0]}"`, 'g')) ?? [];

test('a bar chart has one bar per value, the labels, and nothing a strict CSP blocks', () => {
  const svg = renderChartSvg({
    kind: 'bar',
    categories: ['Budget', 'الميزانية', '<b>&'],
    series: [{ name: 'Progress', values: [10, 55, 0.5] }],
    max: 100,
  });
  assert.match(svg, /^<svg /);
  assert.equal(bars(svg).length, 3);
  assert.ok(svg.includes('الميزانية'));
  assert.ok(svg.includes('&lt;b&gt;&amp;'), 'labels are escaped');
  assert.ok(!svg.includes('<b>'));
  assert.doesNotMatch(svg, /style=|<style|ecmeta_|<script|on[a-z]+=/);
  assert.match(svg, />100</, 'the value axis ends at the fixed maximum');
});

test('right-to-left mirrors the category axis: the first category is drawn on the right', () => {
  const spec = {
    kind: 'bar' as const,
    categories: ['first', 'second'],
    series: [{ name: 's', values: [1, 1] }],
  };
  const xOf = (svg: string, label: string) => {
    const m = svg.match(new RegExp(`transform="translate\\(([\\d.]+) [\\d.]+\\)"[^>]*>${label}<`));
    assert.ok(m, `label ${label} is drawn`);
    return Number(m[1]);
  };
  const ltr = renderChartSvg({ ...spec, dir: 'ltr' });
  const rtl = renderChartSvg({ ...spec, dir: 'rtl' });
  assert.ok(xOf(ltr, 'first') < xOf(ltr, 'second'));
  assert.ok(xOf(rtl, 'first') > xOf(rtl, 'second'));
});

test('line charts and several series render, with a legend', () => {
  const svg = renderChartSvg({
    kind: 'line',
    categories: ['2022-01', '2022-06', '2023-01'],
    series: [
      { name: 'Plan', values: [5, 30, 70] },
      { name: 'Commitment 1', values: [0, null, 100] },
    ],
  });
  assert.ok(svg.includes('>Plan<') && svg.includes('>Commitment 1<'));
  assert.match(svg, new RegExp(`stroke="${CHART_COLORS[1]}"`));
});

test('cspSafeSvg keeps typography as attributes and drops the rest', () => {
  const out = cspSafeSvg(
    '<svg width="1"><text style="font-size:12px;font-family:sans-serif;cursor:pointer" class="a">x</text><style>.a{}</style></svg>',
  );
  assert.equal(
    out,
    '<svg direction="ltr" focusable="false" width="1"><text font-size="12px" font-family="sans-serif">x</text></svg>',
  );
});

test('Chart renders the picture named by its caption and a table with every number', () => {
  const html = renderToString(
    <Chart
      id="progress"
      title="Progress by commitment"
      i18n={i18nFor('fr')}
      categoryLabel="Engagement"
      categoryNames={['Transparence budgétaire', 'Accès à l’information']}
      spec={{ kind: 'bar', categories: ['1', '2'], series: [{ name: 'Avancement', values: [12.5, 1234] }] }}
    />,
  );
  assert.match(html, /<svg role="img" aria-labelledby="progress-caption"/);
  assert.match(html, /<figcaption id="progress-caption">Progress by commitment<\/figcaption>/);
  assert.match(html, /<th scope="row">Transparence budgétaire<\/th><td>12,5<\/td>/);
  assert.ok(html.includes(`<td>${i18nFor('fr').n(1234)}</td>`));
});
