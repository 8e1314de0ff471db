// Sections other modules add to the public resource page (the DataStore's table status, report and
// dictionary…), so that the catalogue does not depend on them. A section loads with the page (its data joins
// the JSON twin under `sections.<key>`) and renders below the resource's details.
import type { VNode } from 'preact';
import type { PageContext } from '../../../web/page.ts';

export interface ResourceSection<D = unknown> {
  key: string;
  /** The section's data for this resource, or null to show nothing. Calls services (they check access). */
  load(ctx: PageContext, datasetName: string, resourceId: string): Promise<D | null>;
  view(data: D, ctx: PageContext, where: { datasetName: string; resourceId: string }): VNode | null;
}

const sections: ResourceSection<any>[] = [];

/** Adds a section (once per key; the app registers them at start-up). */
export function addResourceSection<D>(section: ResourceSection<D>): void {
  if (!sections.some((s) => s.key === section.key)) sections.push(section);
}

export async function loadResourceSections(
  ctx: PageContext,
  datasetName: string,
  resourceId: string,
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const s of sections) {
    const data = await s.load(ctx, datasetName, resourceId);
    if (data !== null) out[s.key] = data;
  }
  return out;
}

export function resourceSectionViews(
  data: Record<string, unknown>,
  ctx: PageContext,
  where: { datasetName: string; resourceId: string },
): (VNode | null)[] {
  return sections.filter((s) => s.key in data).map((s) => s.view(data[s.key], ctx, where));
}
