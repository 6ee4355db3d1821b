/**
 * Names that are not actors although they look like names: weapons systems (from the weapons
 * lexicon), so that "Pantsir" or "Leopard" never becomes a person or an organisation.
 */
import { existsSync } from 'node:fs';
import { DATA_DIR, loadData } from '../data.js';

interface WeaponRecord {
  name: string;
  designations?: string[];
  aliases?: string[];
  needsContext?: boolean;
}

let names: Set<string> | null = null;

export function isNonActorName(text: string): boolean {
  if (!names) {
    names = new Set();
    if (existsSync(DATA_DIR + 'lexicons/weapons.json')) {
      for (const w of loadData<WeaponRecord[]>('lexicons/weapons.json')) {
        if (w.needsContext) continue;
        for (const n of [w.name, ...(w.designations ?? []), ...(w.aliases ?? [])]) names.add(n.toLowerCase());
      }
    }
  }
  return names.has(text.toLowerCase());
}

interface HeadsFile {
  [category: string]: string[];
}

let heads: Set<string> | null = null;

/** A weapons head noun ("battery", "missiles", "tanks") starts at token i. */
export function isWeaponHead(tokens: readonly { lower: string }[], i: number): boolean {
  if (!heads) {
    heads = new Set();
    for (const [category, list] of Object.entries(loadData<HeadsFile>('lexicons/weapon-heads.json'))) {
      if (category === 'generic' || !Array.isArray(list)) continue;
      for (const phrase of list) heads.add(phrase.toLowerCase().split(' ')[0]!);
    }
    for (const word of ['battery', 'batteries', 'system', 'systems', 'launcher', 'launchers', 'missile', 'missiles']) heads.add(word);
  }
  return heads.has(tokens[i]!.lower);
}
