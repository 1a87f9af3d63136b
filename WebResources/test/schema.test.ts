import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
// @ts-expect-error: a plain .mjs script without type declarations
import { outputFile, readSolution, render } from '../scripts/gen-schema.mjs';
import { choice, optionLabel, optionsOf, OptionSets, navigationOf, entitySetOf } from '../src/shared/schema';

describe('generated schema', () => {
  it('matches Solution/ (run `npm run schema` after changing the solution)', () => {
    expect(readFileSync(outputFile, 'utf8')).toBe(render(readSolution()));
  });

  it('agrees with every option constant of the plug-ins (Plugins/CxJourney.Plugins/Model/Choices)', () => {
    const dir = resolve(__dirname, '..', '..', 'Plugins', 'CxJourney.Plugins', 'Model', 'Choices');
    let checked = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.cs'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      const setName = /OptionSetName\s*=\s*"([^"]+)"/.exec(source)?.[1];
      expect(setName, file).toBeDefined();
      const values = Object.values((OptionSets as Record<string, Record<string, number>>)[setName!] ?? {});
      for (const m of source.matchAll(/public const int (\w+) = (\d+);/g)) {
        expect(values, `${file}: ${m[1]} = ${m[2]} is not an option of ${setName}`).toContain(Number(m[2]));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('reads values, labels and navigation properties the views rely on', () => {
    expect(choice('cx_direction', 'Inbound')).toBe(617500000);
    expect(optionLabel('cx_channel', 617500007)).toBe('In-store kiosk');
    expect(optionLabel('cx_channel', 42)).toBe('42');
    expect(optionLabel('cx_channel', null)).toBeNull();
    expect(optionsOf('cx_scoresource').map((o) => o.label)).toEqual(['Surveyed', 'Predicted']);
    expect(navigationOf('cx_casescore', 'cx_journeyid')).toBe('cx_JourneyId');
    expect(() => navigationOf('cx_casescore', 'cx_csat')).toThrow(/not a lookup/);
    expect(entitySetOf('cx_touchpoint')).toBe('cx_touchpoints');
    expect(entitySetOf('incident')).toBe('incidents');
  });
});
