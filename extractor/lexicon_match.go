package extractor

import "strings"

// Matching the lexicon in a text: one left-to-right pass over the tokens
// walks the trie of lexicon_trie.go from each start position and lists the
// phrases found, with the checks of glued tokens ("A$") and of
// case-sensitive surfaces.

// match is one lexicon phrase found in the token stream.
type match struct {
	*entry         // owned by the trie: never modified after New
	start, end int // token indexes, end exclusive
}

// matchAll finds every lexicon phrase in the tokens of d in one
// left-to-right pass over start positions; at each position it walks the
// trie as far as the tokens allow. byStart[i] lists the matches starting
// at token i, longest first.
func (t *trie) matchAll(d *doc) [][]match {
	byStart, _ := t.matchAllInto(d, nil, nil)
	return byStart
}

// matchAllInto is matchAll reusing the memory of byStart and all (and of
// d.ids, the vocabulary ids of the tokens).
func (t *trie) matchAllInto(d *doc, byStart [][]match, all []match) ([][]match, []match) {
	toks := d.toks
	byStart = grow(byStart, len(toks)) // every element is set below
	ids := grow(d.ids, len(toks))
	for i := range toks {
		ids[i] = t.id(d.lw(i))
	}
	d.ids = ids
	if cap(all) < len(toks) {
		// texts have about one match a token: one allocation, not a
		// doubling series, for a long text
		all = make([]match, 0, len(toks)+len(toks)/4)
	}
	all = all[:0]
	room := cap(all) // while all stays in its array, byStart is set as we go
	first := t.first
	for i := range toks {
		var node *trieNode
		if id := ids[i]; id >= 0 {
			node = first[id]
		}
		if node == nil {
			if byStart[i] != nil {
				byStart[i] = nil
			}
			continue
		}
		from := len(all)
		j := i + 1
		for {
			for k := range node.entries {
				e := &node.entries[k]
				if e.surface != nil && !d.surfaceMatches(i, j, e.surface) {
					continue
				}
				if e.tight && !d.gluedRun(i, j) {
					continue
				}
				all = append(all, match{entry: e, start: i, end: j})
			}
			if len(node.kids) == 0 {
				break
			}
			for j < len(toks) && d.isJoiner(j) {
				j++
			}
			// A phrase never spans a line break.
			if j >= len(toks) || toks[j].nl || ids[j] < 0 {
				break
			}
			node = node.child(ids[j])
			if node == nil {
				break
			}
			j++
		}
		if len(all) == from {
			if byStart[i] != nil {
				byStart[i] = nil
			}
			continue
		}
		found := all[from:len(all):len(all)]
		// longest first
		for a, b := 0, len(found)-1; a < b; a, b = a+1, b-1 {
			found[a], found[b] = found[b], found[a]
		}
		byStart[i] = found
	}
	if cap(all) == room {
		return byStart, all
	}
	// appends moved the backing array: slice the final one
	k := 0
	for i := range toks {
		from := k
		for k < len(all) && all[k].start == i {
			k++
		}
		if k > from {
			byStart[i] = all[from:k:k]
		} else if byStart[i] != nil {
			byStart[i] = nil
		}
	}
	return byStart, all
}

// isTight reports whether a phrase is one word of several tokens
// written without a space ("A$", "US$", "Fr."): see entry.tight.
func isTight(phrase string) bool {
	keys, _ := phraseTokens(phrase)
	return len(keys) > 1 && !strings.ContainsAny(phrase, " \u00a0")
}

// isModelCode reports whether a phrase is a model code written as one
// word with a hyphen next to a digit ("S-300", "F-16", "T-72s"): like a
// tight currency it matches only tokens glued together, so "Italy's 300
// soldiers" holds no "S-300".
func isModelCode(phrase string) bool {
	if strings.ContainsAny(phrase, " \u00a0") {
		return false
	}
	for i := 0; i+1 < len(phrase); i++ {
		if phrase[i] == '-' && (isDigit(rune(phrase[i+1])) || i > 0 && isDigit(rune(phrase[i-1]))) {
			return true
		}
	}
	return false
}

// gluedRun reports whether tokens i+1 … j-1 are each glued to the one
// before.
func (d *doc) gluedRun(i, j int) bool {
	for t := i + 1; t < j; t++ {
		if !d.toks[t].glued {
			return false
		}
	}
	return true
}

// surfaceMatches compares toks[i:j] (joiners skipped) with the exact
// surface forms of a case-sensitive phrase.
func (d *doc) surfaceMatches(i, j int, surface []string) bool {
	k := 0
	for t := i; t < j; t++ {
		if t > i && d.isJoiner(t) {
			continue
		}
		if k >= len(surface) {
			return false
		}
		s := d.tx(t)
		if s != surface[k] && strings.ReplaceAll(s, "’", "'") != surface[k] {
			return false
		}
		k++
	}
	return k == len(surface)
}
