package extractor

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/biter777/countries"
)

// The token trie of the lexicon phrases: entry is one meaning of a
// phrase; trieNode and trie hold the phrases keyed by lower-cased token;
// buildTrie fills the trie from a lexicon, and freeze turns its edges into
// integer ids sorted for the matching pass of lexicon_match.go.

// entry is one meaning of a trie phrase.
type entry struct {
	class class
	// value: actor code, currency code(s) ("NOK|DKK"), qualifier, number.
	value string
	num   float64
	// surface is the phrase as written; non-nil when it must match case.
	surface []string
	// tight is true for a phrase of several tokens written without a
	// space ("A$", "NZ$", "$CAN"): it matches only tokens glued together,
	// so the article in "a $3 billion loan" is not "A$".
	tight bool
	// fallback is the default code of an ambiguous currency word.
	fallback string
	// group is "group:" + value for a group phrase (cGroup): the actor
	// code of the group when a text writes the phrase as listed.
	group string
}

// trieNode is a node of a token trie: one edge per lower-cased token.
type trieNode struct {
	// next holds the edges while the trie is built; freeze turns them
	// into kids, sorted by key id.
	next    map[string]*trieNode
	kids    []edge
	entries []entry
}

// edge leads from a trie node to the node of one more token.
type edge struct {
	key  int32 // vocabulary id of the token
	node *trieNode
}

// child returns the node reached from n by the token of vocabulary id key.
func (n *trieNode) child(key int32) *trieNode {
	kids := n.kids
	if len(kids) <= 8 {
		for i := range kids {
			if kids[i].key == key {
				return kids[i].node
			}
		}
		return nil
	}
	lo, hi := 0, len(kids)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if kids[m].key < key {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(kids) && kids[lo].key == key {
		return kids[lo].node
	}
	return nil
}

// trie is the compiled lexicon: a token trie over a vocabulary. Every
// distinct lower-cased token of a phrase has a vocabulary id; matching
// looks each token of a text up once (most tokens are in no phrase and
// are rejected by a bit set before any lookup), then walks the trie on
// integer ids.
type trie struct {
	root *trieNode
	// first[id] is the root's child for the token of id, or nil.
	first []*trieNode
	// keys lists the vocabulary; table is an open-addressing hash table
	// of id+1 (0 is empty) over keys, indexed by keySlot.
	keys  []string
	table []int32
	// any is a bit set over keyHash of every vocabulary token: a token
	// whose bit is clear is in no phrase.
	any *[1 << 16 / 64]uint64
	// single[c] is the id of the one-byte token c, or -1: punctuation
	// and one-letter words skip the hash table.
	single [256]int32
	// words[id] has bit w set when the token of id is a word of word
	// class w (wordclass.go); those words are in the vocabulary even when
	// no phrase holds them.
	words []uint32
}

// keyHash is a cheap hash of a token (five of its bytes and its length):
// a filter, and the slot hash of the vocabulary table.
func keyHash(k string) uint32 {
	n := len(k)
	if n == 0 {
		return 0
	}
	// the first, middle and last bytes and the length, then the second
	// and second last bytes, each mixed by a multiplication (the first
	// four alone gave one hash to many words of the vocabulary)
	x := (uint32(k[0]) | uint32(k[n/2])<<8 | uint32(k[n-1])<<16 | uint32(n)<<24) * 0x9E3779B1
	x ^= (uint32(k[min(1, n-1)]) | uint32(k[max(n-2, 0)])<<8) * 0x85EBCA6B
	return x >> 16
}

// slotOf spreads the keyHash h of a token over the vocabulary table (a
// multiplicative hash: the high bits of the product are the most mixed,
// so they are turned down to the low bits the table's mask keeps).
func slotOf(h uint32) uint32 {
	x := h * 0x9E3779B1
	return x>>16 | x<<16
}

// id returns the vocabulary id of token k, or -1.
func (t *trie) id(k string) int32 {
	if len(k) == 1 {
		return t.single[k[0]]
	}
	h := keyHash(k)
	if t.any[h/64]&(1<<(h%64)) == 0 {
		return -1
	}
	mask := uint32(len(t.table) - 1)
	for i := slotOf(h) & mask; ; i = (i + 1) & mask {
		v := t.table[i]
		if v == 0 {
			return -1
		}
		if t.keys[v-1] == k {
			return v - 1
		}
	}
}

// freeze compiles the trie built under root into its vocabulary, table
// and sorted edges.
func (t *trie) freeze() {
	ids := map[string]int32{}
	// the function words first: their ids are the wordID constants
	for _, w := range funcWords {
		ids[w] = int32(len(t.keys))
		t.keys = append(t.keys, w)
	}
	var walk func(n *trieNode)
	walk = func(n *trieNode) {
		for _, k := range slices.Sorted(maps.Keys(n.next)) {
			if _, ok := ids[k]; !ok {
				ids[k] = int32(len(t.keys))
				t.keys = append(t.keys, k)
			}
			walk(n.next[k])
		}
	}
	walk(t.root)
	// the words of the word classes, in a fixed order
	var wordCls []uint32
	for w := wordClass(0); int(w) < len(wordClassWords); w++ {
		for _, k := range wordClassWords[w] {
			id, ok := ids[k]
			if !ok {
				id = int32(len(t.keys))
				ids[k] = id
				t.keys = append(t.keys, k)
			}
			for len(wordCls) <= int(id) {
				wordCls = append(wordCls, 0)
			}
			wordCls[id] |= 1 << w
		}
	}
	t.words = make([]uint32, len(t.keys))
	copy(t.words, wordCls)
	size := 1
	for size < 2*len(t.keys)+1 {
		size *= 2
	}
	t.table = make([]int32, size)
	t.any = new([1 << 16 / 64]uint64)
	for id, k := range t.keys {
		h := keyHash(k)
		t.any[h/64] |= 1 << (h % 64)
		i := slotOf(h) & uint32(size-1)
		for t.table[i] != 0 {
			i = (i + 1) & uint32(size-1)
		}
		t.table[i] = int32(id) + 1
	}
	for c := range t.single {
		t.single[c] = -1
	}
	for id, k := range t.keys {
		if len(k) == 1 {
			t.single[k[0]] = int32(id)
		}
	}
	t.first = make([]*trieNode, len(t.keys))
	var fix func(n *trieNode)
	fix = func(n *trieNode) {
		for k, c := range n.next {
			n.kids = append(n.kids, edge{key: ids[k], node: c})
			fix(c)
		}
		slices.SortFunc(n.kids, func(x, y edge) int { return int(x.key) - int(y.key) })
		n.next = nil
	}
	for k, c := range t.root.next {
		t.first[ids[k]] = c
	}
	fix(t.root)
}

func (n *trieNode) insert(phrase string, e entry, cased bool) {
	keys, surface := phraseTokens(phrase)
	if len(keys) == 0 {
		return
	}
	if cased {
		e.surface = surface
	}
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[k]
		if c == nil {
			c = &trieNode{}
			n.next[k] = c
		}
		n = c
	}
	// A phrase listed again in the same class takes the later value.
	for i := range n.entries {
		if n.entries[i].class == e.class && sameSurface(n.entries[i].surface, e.surface) {
			n.entries[i] = e
			return
		}
	}
	n.entries = append(n.entries, e)
}

func sameSurface(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// stripParens turns "Iran (Islamic Republic of)" into "Iran".
func stripParens(s string) string {
	if i := strings.IndexByte(s, '('); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// buildTrie compiles the lexicon, with the ISO data, into a token trie.
func buildTrie(lx *lexicon) *trie {
	root := &trieNode{}
	set := func(list []string) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, s := range list {
			m[strings.ToLower(s)] = true
		}
		return m
	}
	ambiguous, excluded, excludedCap := set(lx.AmbiguousNames), set(lx.ExcludeNames), set(lx.ExcludeCapitals)

	// ISO data first, so that the hand-written entries override it.
	for _, c := range countries.All() {
		code := c.Alpha2()
		if len(code) != 2 {
			continue
		}
		name := stripParens(c.String())
		if name != "" && !excluded[strings.ToLower(name)] {
			root.insert(name, entry{class: cCountry, value: code}, ambiguous[strings.ToLower(name)])
		}
		if capital := c.Capital().String(); capital != "" && capital != "None" && !excludedCap[strings.ToLower(capital)] {
			root.insert(capital, entry{class: cMetonym, value: code}, true)
		}
	}
	for _, cur := range countries.AllCurrencies() {
		code := cur.Alpha()
		if len(code) == 3 && strings.ToUpper(code) == code {
			root.insert(code, entry{class: cCurCode, value: code}, true)
		}
	}
	for _, a := range lx.Actors {
		for _, n := range a.Names {
			root.insert(n, entry{class: cCountry, value: a.Code}, ambiguous[strings.ToLower(n)])
		}
		for _, n := range a.Cased {
			root.insert(n, entry{class: cCountry, value: a.Code}, true)
		}
		for _, n := range a.Demonyms {
			root.insert(n, entry{class: cDemonym, value: a.Code}, true)
			if p := demonymPlural(n); p != "" {
				root.insert(p, entry{class: cDemonym, value: a.Code}, true) // "the Germans will send"
			}
		}
		for _, n := range a.Metonyms {
			root.insert(n, entry{class: cMetonym, value: a.Code}, true)
		}
		for _, n := range a.Leaders {
			root.insert(n, entry{class: cLeader, value: a.Code}, true)
		}
	}
	for _, g := range lx.Groups {
		root.insert(g, entry{class: cGroup, value: g, group: "group:" + g}, true)
	}
	for _, c := range lx.Currencies {
		for _, p := range c.Prefix {
			root.insert(p, entry{class: cCurPrefix, value: c.Code, tight: isTight(p)}, false)
		}
		for _, p := range c.Suffix {
			root.insert(p, entry{class: cCurSuffix, value: c.Code, tight: isTight(p)}, false)
		}
	}
	for _, a := range lx.Ambiguous {
		for _, w := range a.Words {
			root.insert(w, entry{class: cCurAmbiguous, value: strings.Join(a.Codes, "|"), fallback: a.Default}, false)
		}
	}
	// in a fixed order: the order of a phrase's meanings decides ties
	// (in "longest"), and map order would make Extract vary between runs
	for _, class := range slices.Sorted(maps.Keys(lx.words)) {
		list := lx.words[class]
		cl, ok := wordClasses[class]
		if !ok {
			continue // unknown classes are ignored, so newer files load in older builds
		}
		for _, w := range list {
			root.insert(w, entry{class: cl, tight: isModelCode(w)}, false)
			if strings.Contains(w, "'") {
				root.insert(strings.ReplaceAll(w, "'", "’"), entry{class: cl, tight: isModelCode(w)}, false)
			}
		}
	}
	for _, w := range slices.Sorted(maps.Keys(lx.valued["qualifier"])) {
		root.insert(w, entry{class: cQualifier, value: lx.valued["qualifier"][w]}, false)
	}
	for _, nc := range []struct {
		name string
		cl   class
	}{{"number_word", cNumWord}, {"scale", cScale}} {
		cl := nc.cl
		for _, w := range slices.Sorted(maps.Keys(lx.valued[nc.name])) {
			v := lx.valued[nc.name][w]
			f, _ := strconv.ParseFloat(v, 64) // checked by parseLexicon
			root.insert(w, entry{class: cl, num: f}, false)
		}
	}
	t := &trie{root: root}
	t.freeze()
	return t
}
