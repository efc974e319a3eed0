package extractor

import (
	"embed"
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/biter777/countries"
	"go.yaml.in/yaml/v3"
)

//go:embed lexicon/*.yaml
var lexiconFS embed.FS

// ErrLexicon is returned (wrapped) by New when a lexicon file is malformed.
var ErrLexicon = errors.New("extractor: bad lexicon")

// lexicon is the data the rules run on: the format of the embedded files in
// extractor/lexicon/ and of a user lexicon (see doc.go). Lists in a user
// lexicon are appended to the defaults; a phrase listed again with another
// value takes the user's value.
type lexicon struct {
	Actors          []actorEntry                 `yaml:"actors"`
	AmbiguousNames  []string                     `yaml:"ambiguous_names"`
	ExcludeNames    []string                     `yaml:"exclude_names"`
	ExcludeCapitals []string                     `yaml:"exclude_capitals"`
	Groups          []string                     `yaml:"groups"`
	Currencies      []currencyEntry              `yaml:"currencies"`
	Ambiguous       []ambiguousCurrency          `yaml:"ambiguous"`
	AmbiguousCodes  []string                     `yaml:"ambiguous_codes"`
	Words           map[string]yaml.Node         `yaml:"words"`
	words           map[string][]string          // list classes of Words
	valued          map[string]map[string]string // mapping classes of Words
}

// actorEntry names one actor: a country (ISO 3166-1 alpha-2), EU or NATO.
type actorEntry struct {
	Code     string   `yaml:"code"`
	Names    []string `yaml:"names"`
	Cased    []string `yaml:"cased"`
	Demonyms []string `yaml:"demonyms"`
	Metonyms []string `yaml:"metonyms"`
	Leaders  []string `yaml:"leaders"`
}

// currencyEntry names the ways one ISO 4217 currency is written.
type currencyEntry struct {
	Code   string   `yaml:"code"`
	Prefix []string `yaml:"prefix"`
	Suffix []string `yaml:"suffix"`
}

// ambiguousCurrency is a currency word shared by several codes.
type ambiguousCurrency struct {
	Words []string `yaml:"words"`
	Codes []string `yaml:"codes"`
	// Default, when set, is the code read when the actor's own currency
	// is none of Codes ("kronor" is mostly SEK).
	Default string `yaml:"default"`
}

var codeRE = regexp.MustCompile(`^([A-Z]{2}|EU|NATO)$`)

// parseLexicon decodes one lexicon file.
func parseLexicon(name string, data []byte) (*lexicon, error) {
	var lx lexicon
	if err := yaml.Unmarshal(data, &lx); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrLexicon, name, err)
	}
	lx.words = map[string][]string{}
	lx.valued = map[string]map[string]string{}
	for class, node := range lx.Words {
		switch node.Kind {
		case yaml.SequenceNode:
			var list []string
			if err := node.Decode(&list); err != nil {
				return nil, fmt.Errorf("%w: %s: words.%s: %w", ErrLexicon, name, class, err)
			}
			lx.words[class] = list
		case yaml.MappingNode:
			var m map[string]string
			if err := node.Decode(&m); err != nil {
				return nil, fmt.Errorf("%w: %s: words.%s: %w", ErrLexicon, name, class, err)
			}
			lx.valued[class] = m
		default:
			return nil, fmt.Errorf("%w: %s: words.%s: want a list or a mapping", ErrLexicon, name, class)
		}
	}
	for _, a := range lx.Actors {
		if !codeRE.MatchString(a.Code) {
			return nil, fmt.Errorf("%w: %s: actor code %q: want ISO alpha-2, EU or NATO", ErrLexicon, name, a.Code)
		}
	}
	for _, c := range lx.Currencies {
		if len(c.Code) != 3 || strings.ToUpper(c.Code) != c.Code {
			return nil, fmt.Errorf("%w: %s: currency code %q: want ISO 4217", ErrLexicon, name, c.Code)
		}
	}
	for class, m := range lx.valued {
		if class != "qualifier" {
			for k, v := range m {
				if _, err := strconv.ParseFloat(v, 64); err != nil {
					return nil, fmt.Errorf("%w: %s: words.%s.%s: %q is not a number", ErrLexicon, name, class, k, v)
				}
			}
		}
	}
	return &lx, nil
}

// merge appends other's entries to lx.
func (lx *lexicon) merge(other *lexicon) {
	lx.Actors = append(lx.Actors, other.Actors...)
	lx.AmbiguousNames = append(lx.AmbiguousNames, other.AmbiguousNames...)
	lx.ExcludeNames = append(lx.ExcludeNames, other.ExcludeNames...)
	lx.ExcludeCapitals = append(lx.ExcludeCapitals, other.ExcludeCapitals...)
	lx.Groups = append(lx.Groups, other.Groups...)
	lx.Currencies = append(lx.Currencies, other.Currencies...)
	lx.Ambiguous = append(lx.Ambiguous, other.Ambiguous...)
	lx.AmbiguousCodes = append(lx.AmbiguousCodes, other.AmbiguousCodes...)
	for k, v := range other.words {
		lx.words[k] = append(lx.words[k], v...)
	}
	for k, m := range other.valued {
		if lx.valued[k] == nil {
			lx.valued[k] = map[string]string{}
		}
		for p, v := range m {
			lx.valued[k][p] = v
		}
	}
}

// loadLexicon reads the embedded defaults and merges user over them.
func loadLexicon(user []byte) (*lexicon, error) {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		return nil, fmt.Errorf("extractor: embedded lexicon: %w", err)
	}
	lx := &lexicon{words: map[string][]string{}, valued: map[string]map[string]string{}}
	for _, e := range entries {
		data, err := lexiconFS.ReadFile("lexicon/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("extractor: embedded lexicon: %w", err)
		}
		part, err := parseLexicon(e.Name(), data)
		if err != nil {
			return nil, err
		}
		lx.merge(part)
	}
	if len(user) > 0 {
		part, err := parseLexicon("user lexicon", user)
		if err != nil {
			return nil, err
		}
		lx.merge(part)
	}
	return lx, nil
}

// class is what a lexicon phrase means to the grammar.
type class uint8

const (
	cNone class = iota
	cCountry
	cDemonym
	cMetonym
	cLeader
	cGroup
	cCurPrefix
	cCurSuffix
	cCurAmbiguous
	cCurCode // an ISO 4217 code: prefix or suffix
	cScale
	cNumWord
	cQualifier
	cTrigger
	cDeliveryPast
	cTriggerNoun
	cSupportVerb
	cSupportNoun
	cTroopNoun
	cTroopUnit
	cEquipNoun
	cDeclined
	cConsidering
	cDelivered
	cPerfectAux
	cPassiveAux
	cCasualty
	cLocPrep
	cReporting
	cPronoun
	cClauseBreak
	cTitle
	cSubjectFollower
	cGroupNoun
	cGroupAdj
	cStop
	cSupportCue
	cCollective
	cEquipSuffix
	cIrrealis
	cUSDContext
	cUSDateline
	cContainer
	cNounLink
	cPresence
	cPlaceAdj
	cInstitution
	cMoneyNoun
	cMakeVerb
	cRecommend
	cHypothetical
	cSupportMain
	cCivilian
	cRequestNoun
	cMoneyObject
	cReceive
	cSale
	cTotalVerb
	cValueNoun
	cJoinVerb
	cOperationNoun
	cEquipPresence
	numClasses
)

// analysis.cls holds the classes of a token in a bit set.
var _ = [64 - numClasses]struct{}{}

var classNames = [...]string{
	cNone: "none", cCountry: "country", cDemonym: "demonym", cMetonym: "metonym", cLeader: "leader",
	cGroup: "group", cCurPrefix: "currency", cCurSuffix: "currency", cCurAmbiguous: "currency",
	cCurCode: "currency", cScale: "scale", cNumWord: "number_word", cQualifier: "qualifier",
	cTrigger: "trigger", cDeliveryPast: "delivery_past", cTriggerNoun: "trigger_noun",
	cSupportVerb: "support_verb", cSupportNoun: "support_noun", cTroopNoun: "troop_noun",
	cTroopUnit: "troop_unit", cEquipNoun: "equipment_noun", cDeclined: "declined",
	cConsidering: "considering", cDelivered: "delivered", cPerfectAux: "perfect_aux",
	cPassiveAux: "passive_aux", cCasualty: "casualty", cLocPrep: "location_prep",
	cReporting: "reporting", cPronoun: "pronoun", cClauseBreak: "clause_break", cTitle: "title",
	cSubjectFollower: "subject_follower", cGroupNoun: "group_noun", cGroupAdj: "group_adj", cStop: "stop", cSupportCue: "support_cue", cCollective: "collective", cEquipSuffix: "equipment_suffix", cIrrealis: "irrealis",
	cUSDContext: "usd_context", cUSDateline: "us_dateline", cContainer: "container", cNounLink: "noun_link", cPresence: "presence", cPlaceAdj: "place_adj", cInstitution: "institution", cMoneyNoun: "money_noun", cMakeVerb: "make_verb",
	cRecommend: "recommend", cHypothetical: "hypothetical", cSupportMain: "support_main_verb", cCivilian: "civilian_personnel", cRequestNoun: "request_noun",
	cMoneyObject: "money_object", cReceive: "receive", cSale: "sale",
	cTotalVerb: "total_verb", cValueNoun: "value_noun",
	cJoinVerb: "join_verb", cOperationNoun: "operation_noun", cEquipPresence: "equipment_presence",
}

func (c class) String() string { return classNames[c] }

// wordClasses maps the list classes of lexicon.Words to grammar classes.
var wordClasses = map[string]class{
	"trigger": cTrigger, "delivery_past": cDeliveryPast, "trigger_noun": cTriggerNoun,
	"support_verb": cSupportVerb, "support_noun": cSupportNoun, "troop_noun": cTroopNoun,
	"troop_unit": cTroopUnit, "equipment_noun": cEquipNoun, "declined": cDeclined,
	"considering": cConsidering, "delivered": cDelivered, "perfect_aux": cPerfectAux,
	"passive_aux": cPassiveAux, "casualty": cCasualty, "location_prep": cLocPrep,
	"reporting": cReporting, "pronoun": cPronoun, "clause_break": cClauseBreak, "title": cTitle,
	"subject_follower": cSubjectFollower, "group_noun": cGroupNoun, "group_adj": cGroupAdj,
	"stop": cStop, "support_cue": cSupportCue, "collective": cCollective, "equipment_suffix": cEquipSuffix, "irrealis": cIrrealis,
	"usd_context": cUSDContext, "us_dateline": cUSDateline, "container": cContainer, "noun_link": cNounLink, "presence": cPresence, "place_adj": cPlaceAdj, "institution": cInstitution, "money_noun": cMoneyNoun, "make_verb": cMakeVerb,
	"recommend": cRecommend, "hypothetical": cHypothetical, "support_main_verb": cSupportMain, "civilian_personnel": cCivilian, "request_noun": cRequestNoun,
	"money_object": cMoneyObject, "receive": cReceive, "sale": cSale, "total_verb": cTotalVerb, "value_noun": cValueNoun,
	"join_verb": cJoinVerb, "operation_noun": cOperationNoun, "equipment_presence": cEquipPresence,
}

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

// keyHash is a cheap hash of a token: a filter, and the slot hash of the
// vocabulary table.
func keyHash(k string) uint32 {
	if k == "" {
		return 0
	}
	return (uint32(k[0])*131 + uint32(k[len(k)-1])*7 + uint32(len(k))*1031 + uint32(k[len(k)/2])*17) & (1<<16 - 1)
}

// slotHash spreads a token over the vocabulary table.
func slotHash(k string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(k); i++ {
		h = (h ^ uint32(k[i])) * 16777619
	}
	return h
}

// id returns the vocabulary id of token k, or -1.
func (t *trie) id(k string) int32 {
	if len(k) == 1 {
		return t.single[k[0]]
	}
	if h := keyHash(k); t.any[h/64]&(1<<(h%64)) == 0 {
		return -1
	}
	mask := uint32(len(t.table) - 1)
	for i := slotHash(k) & mask; ; i = (i + 1) & mask {
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
		i := slotHash(k) & uint32(size-1)
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
		root.insert(g, entry{class: cGroup, value: g}, true)
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
			root.insert(w, entry{class: cl}, false)
			if strings.Contains(w, "'") {
				root.insert(strings.ReplaceAll(w, "'", "’"), entry{class: cl}, false)
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
	for i := range toks {
		if ids[i] < 0 || t.first[ids[i]] == nil {
			if byStart[i] != nil {
				byStart[i] = nil
			}
			continue
		}
		node := t.first[ids[i]]
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
		found := all[from:len(all):len(all)]
		// longest first
		for a, b := 0, len(found)-1; a < b; a, b = a+1, b-1 {
			found[a], found[b] = found[b], found[a]
		}
		if len(found) > 0 {
			byStart[i] = found
		} else if byStart[i] != nil {
			byStart[i] = nil
		}
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
