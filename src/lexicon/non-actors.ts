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
