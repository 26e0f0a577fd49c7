// Converts the n-gram database of the npm package eld (Nito-ELD, Apache-2.0) into Resources/eld-large.tsv.gz,
// which EldLanguageIdentifier reads. Usage, from this folder:
//   npm pack eld@2.1.0 && tar xzf eld-2.1.0.tgz
//   node Tools/convert-eld.mjs package/src/ngrams/large.js | gzip -9n > Resources/eld-large.tsv.gz
// Line 1: the language codes by index, space separated. Line 2: each language's average score in a correct
// detection (eld's avgScore.js, used for its reliability test), same order. Then one n-gram a line: its key (eld's byte-string
// encoding, see EldLanguageIdentifier), a tab, and "language:score" pairs separated by spaces.
import { pathToFileURL } from 'node:url'
import path from 'node:path'

const file = process.argv[2]
const { ngramsData } = await import(pathToFileURL(path.resolve(file)).href)
const { avgScore } = await import(pathToFileURL(path.resolve(path.dirname(file), '../avgScore.js')).href)
const codes = Object.keys(ngramsData.languages).sort((a, b) => a - b).map(k => ngramsData.languages[k])
const out = [codes.join(' '), codes.map(c => avgScore[c] ?? 0.8).join(' ')]
for (const [key, langs] of Object.entries(ngramsData.ngrams)) {
  if (key.includes('\t') || key.includes('\n')) throw new Error('unexpected separator in key')
  out.push(key + '\t' + Object.entries(langs).map(([l, s]) => `${l}:${s}`).join(' '))
}
process.stdout.write(out.join('\n') + '\n')
