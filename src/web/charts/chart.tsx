// A chart with its data table: the SVG is a picture (role="img" named by the caption), the table beside it
// states every number, so the chart adds nothing a screen reader or a text browser misses.
import type { I18n } from '../../i18n/index.ts';
import { type ChartSpec, renderChartSvg } from './svg-chart.ts';

export interface ChartProps {
  id: string;
  /** Caption of the figure and of the table. */
  title: string;
  spec: Omit<ChartSpec, 'dir' | 'formatValue'>;
  i18n: I18n;
  /** Heading of the category column of the table. */
  categoryLabel: string;
  /** Full category names for the table when the chart shows short ones (e.g. numbers). */
  categoryNames?: string[];
  /** Formats a value in the table (default: the locale's number format). */
  formatCell?: (n: number) => string;
}

export function Chart(props: ChartProps) {
  const { i18n, spec } = props;
  const format = props.formatCell ?? ((n: number) => i18n.n(n));
  const svg = renderChartSvg({ ...spec, dir: i18n.dir, formatValue: (n) => i18n.n(n) }).replace(
    '<svg ',
    `<svg role="img" aria-labelledby="${props.id}-caption" `,
  );
  return (
    <figure class="chart" id={props.id}>
      <figcaption id={`${props.id}-caption`}>{props.title}</figcaption>
      <div class="chart-picture" dangerouslySetInnerHTML={{ __html: svg }} />
      <div class="table-scroll">
        <table class="data chart-data">
          <caption class="visually-hidden">{props.title}</caption>
          <thead>
            <tr>
              <th scope="col">{props.categoryLabel}</th>
              {spec.series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.categories.map((category, i) => (
              <tr key={category}>
                <th scope="row">{props.categoryNames?.[i] ?? category}</th>
                {spec.series.map((s) => {
                  const v = s.values[i];
                  return <td key={s.name}>{v === null || v === undefined ? '—' : format(v)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
