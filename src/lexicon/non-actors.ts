/**
 * Names that are not actors although they look like names: weapons systems (from the weapons
 * lexicon), so that "Pantsir" or "Leopard" never becomes a person or an organisation.
 */
import { loadData } from '../data.js';

interface WeaponRecord {
  name: string;
  designations?: string[];
  aliases?: string[];
  needsContext?: boolean;
}

let names: Set<string> | null = null;
let contextNames: Set<string> | null = null;

function load(): void {
  names = new Set();
  contextNames = new Set();
  for (const w of loadData<WeaponRecord[]>('lexicons/weapons.json')) {
    const forms = [w.name, ...(w.designations ?? []), ...(w.aliases ?? [])].map((n) => n.toLowerCase());
    for (const form of forms) (w.needsContext ? contextNames : names).add(form);
  }
}

/** A weapons system's name or designation ("Pantsir", "Leopard 2"): never an actor. */
export function isNonActorName(text: string): boolean {
  if (!names) load();
  return names!.has(text.toLowerCase());
}

/** A weapon name that is also an ordinary word ("Patriot", "Javelin"): a weapon only before a head noun. */
export function isContextWeaponName(text: string): boolean {
  if (!contextNames) load();
  return contextNames!.has(text.toLowerCase());
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
