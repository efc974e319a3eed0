package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// dropVagueTroops drops troops without a number when the same actor has
// troops with a number in the same sentence: "has sent 24 soldiers and
// police officers" is one commitment.
func dropVagueTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	vague := func(o news.Commitment) bool { return o.Kind == news.KindTroops && o.Troops == nil }
	if !slices.ContainsFunc(cs, vague) {
		return cs, order // nothing to drop
	}
	// numbered troops of each actor, sentence and status (never dropped here)
	type numKey struct {
		actor  string
		start  int
		status news.Status
	}
	numbered := map[numKey]bool{}
	for _, o := range cs {
		if o.Kind == news.KindTroops && o.Troops != nil {
			numbered[numKey{o.Actor, o.Start, o.Status}] = true
		}
	}
	// The troops without a number in cs[:i] as the loop compacts cs in
	// place, by actor and status: the lines kept so far, then the lines
	// from position n to i, whatever became of them.
	type vagueKey struct {
		actor  string
		status news.Status
	}
	type vagueCount struct {
		total int
		at    map[int]int // by evidence start
	}
	window := map[vagueKey]*vagueCount{}
	count := func(o news.Commitment, d int) {
		if !vague(o) {
			return
		}
		k := vagueKey{o.Actor, o.Status}
		v := window[k]
		if v == nil {
			v = &vagueCount{at: map[int]int{}}
			window[k] = v
		}
		v.total += d
		v.at[o.Start] += d
	}
	n := 0
	for i, c := range cs {
		drop := false
		if vague(c) && numbered[numKey{c.Actor, c.Start, c.Status}] {
			drop = true
		}
		// the same troops without a number said again in the text: one line
		if v := window[vagueKey{c.Actor, c.Status}]; !drop && vague(c) && v != nil && v.total-v.at[c.Start] > 0 {
			drop = true
		}
		if !drop {
			if n < i {
				count(cs[n], -1)
				count(c, 1)
			}
			cs[n], order[n] = c, order[i]
			n++
		}
		count(c, 1) // position i joins cs[:i+1]: c, kept or not
	}
	return cs[:n], order[:n]
}

// dropRepeats keeps one commitment of each actor, kind, stated value and
// status per text: a headline, a summary and the body often repeat the
// same pledge ("Norway increases support: NOK 3.5 billion" … "The
// Government is today announcing NOK 3.5 billion"). The one with the
// higher confidence stays (the earlier on a tie). text is the document
// (for what follows an item); sc is reused memory.
func dropRepeats(text string, cs []news.Commitment, order []int, sc *scratch) ([]news.Commitment, []int) {
	// servedName of each line, read when a pair needs it: a long text
	// has many uncounted goods of one actor, each compared with the others
	sc.served = grow(sc.served, len(cs))
	sc.servedOK = grow(sc.servedOK, len(cs))
	clear(sc.servedOK)
	defer clear(sc.served) // (no reference to this text's strings stays)
	served := func(i int) string {
		if !sc.servedOK[i] {
			sc.served[i], sc.servedOK[i] = servedName(text, cs[i]), true
		}
		return sc.served[i]
	}
	same := func(i, j int) bool {
		x, y := &cs[i], &cs[j]
		if x.Actor != y.Actor || x.Kind != y.Kind || x.Currency != y.Currency {
			return false
		}
		if x.Status != y.Status && (unvalued(*x) || unvalued(*y)) && !headlineRestated(*x, *y) {
			return false
		}
		// "… pledged to send 300 troops. Another 300 soldiers already
		// serve there": a second amount the text marks as more, said after
		// the first in the body, is a commitment of its own
		if x.Status != y.Status && secondAmount(*x, *y) && !sameValueSpan(*x, *y) {
			return false
		}
		// two list items, or a new total and "an additional" amount
		if distinctAmounts(*x, *y) {
			return false
		}
		// rows of a table: the same count to two recipients is two gifts
		if x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient && slices.Contains(x.Rules, ruleTable) && slices.Contains(y.Rules, ruleTable) {
			return false
		}
		switch {
		case x.Troops != nil && y.Troops != nil:
			return *x.Troops == *y.Troops
		case x.Amount != nil && y.Amount != nil:
			return *x.Amount == *y.Amount
		case x.Count != nil && y.Count != nil && x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient:
			return false // "six howitzers to Ukraine" and "six howitzers to Moldova": two gifts
		case x.Count != nil && y.Count != nil:
			return *x.Count == *y.Count && x.Item == y.Item
		case unvalued(*x) && unvalued(*y) && x.Kind == news.KindEquipment && served(i) != "" && served(j) != "" && served(i) != served(j):
			return false // "ammunition for the Leopard tanks" and "… for the Gepard": two items
		case unvalued(*x) && unvalued(*y) && separateListItems(*x, *y):
			return false // "- air defence missiles" and "- artillery shells": two bullets
		case unvalued(*x) && unvalued(*y) && x.Kind == news.KindEquipment && x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient:
			return false // jets sold to Jordan, spare parts to the Emirates: two sales
		case unvalued(*x) && unvalued(*y) && x.Kind == news.KindEquipment && !sameItem(x.Item, y.Item) &&
			!genericGoods[strings.ToLower(x.Item)] && !genericGoods[strings.ToLower(y.Item)] && !listItemLine(*x) && !listItemLine(*y) &&
			!(genericGoodsItem(x.Item) && genericGoodsItem(y.Item)):
			// (two generic goods, "air-defence weaponry" and "air defence
			// equipment", are the same goods said twice)
			// "will provide tanks" and, in another sentence, "will supply
			// Patriot systems": two items, two lines (as the gold keeps them)
			return false
		case unvalued(*x) && unvalued(*y):
			// no number: "Belgium is sending ships" in the headline and
			// the body, "Norway will provide air-defence systems" and
			// later "… NASAMS" (uncounted items of one actor are one line)
			return true
		}
		return false
	}
	// the line kept of two that are the same: a list item over a
	// summary of the list ("It includes tanks and shells" before the
	// bullets), else the more confident, else the earlier
	beats := func(x, y news.Commitment) bool {
		if lx, ly := listItemLine(x), listItemLine(y); lx != ly {
			return lx
		}
		if x.Status != y.Status && headlineRestated(x, y) {
			return !headlineEvidence(x.Evidence) // the body tells the status
		}
		return x.Confidence > y.Confidence || x.Confidence == y.Confidence && x.Start < y.Start
	}
	sc.drop = grow(sc.drop, len(cs))
	drop := sc.drop
	clear(drop)
	// only lines of one repeatKey can be the same: compare within them
	sc.keys = grow(sc.keys, len(cs))
	keys := sc.keys
	all := false // a line with two values: compare every pair
	for i, c := range cs {
		k, ok := repeatKeyOf(c)
		all = all || !ok
		keys[i] = k
	}
	if sc.head == nil {
		sc.head = map[repeatKey]int{}
	}
	if all {
		clear(keys) // one key: one chain of all lines
	}
	sc.next = chain(sc.head, sc.next, len(cs), func(i int) repeatKey { return keys[i] })
	var carry []statusCarry // the repeats dropped, for the status of the line kept (status_merge.go)
	for i := range cs {
		for j := first(sc.head, keys[i]); j >= 0; j = sc.next[j] {
			// two lines of one evidence are two pledges, unless they read
			// the same amount (two frames of one quantity: the first stays)
			if i == j || drop[j] || !same(i, j) {
				continue
			}
			if cs[i].Start != cs[j].Start && beats(cs[j], cs[i]) ||
				cs[i].Start == cs[j].Start && sameValueSpan(cs[i], cs[j]) && (beats(cs[j], cs[i]) || j < i && !beats(cs[i], cs[j])) {
				drop[i] = true
				carry = noteCarry(carry, j, i)
				break
			}
		}
	}
	carryDelivery(cs, carry)
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}

// repeatKey holds what two lines that dropRepeats finds the same share:
// actor, kind, currency and the stated value (with the item for a count).
type repeatKey struct {
	actor, currency, item string
	kind                  news.Kind
	// what is 't' troops, 'a' amount, 'c' count, 'u' none
	what  byte
	value float64
}

// repeatKeyOf returns the repeatKey of c; false when c states more than
// one value (none today), which has none.
func repeatKeyOf(c news.Commitment) (repeatKey, bool) {
	k := repeatKey{actor: c.Actor, currency: c.Currency, kind: c.Kind, what: 'u'}
	n := 0
	if c.Troops != nil {
		k.what, k.value = 't', float64(*c.Troops)
		n++
	}
	if c.Amount != nil {
		k.what, k.value = 'a', *c.Amount
		n++
	}
	if c.Count != nil {
		k.what, k.value, k.item = 'c', float64(*c.Count), c.Item
		n++
	}
	return k, n <= 1
}

// unvalued reports whether c states no number: troops, equipment or money
// without one, or support.
func unvalued(c news.Commitment) bool {
	return c.Troops == nil && c.Amount == nil && c.Count == nil
}

// dropCountedRepeats drops an uncounted equipment line of an actor when
// the text gives the same item counted, for the same actor and status:
// "London will provide Kyiv with its main battle tank, the Challenger 2"
// and "the UK will send 14 of its Challenger 2 tanks" are one commitment.
// The items are the same when their head nouns are ("tank", "tanks"),
// they share a capitalised model name ("Challenger") or one's name in
// brackets is in the other (see sameItemIn). Two items of one list in
// two of its items stay apart (listItemsApart). text is the document.
func dropCountedRepeats(text string, cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	uncounted := func(c news.Commitment) bool { return c.Kind == news.KindEquipment && c.Count == nil }
	if !slices.ContainsFunc(cs, uncounted) {
		return cs, order // nothing to drop
	}
	// the counted items of each actor and status (never dropped here: the
	// set holds while cs is compacted); rows of a table keep the line
	// that introduces them
	type actorStatus struct {
		actor  string
		status news.Status
	}
	type countedItem struct {
		c     news.Commitment
		start int
	}
	counted := map[actorStatus][]countedItem{}
	for _, o := range cs {
		if o.Kind == news.KindEquipment && o.Count != nil && !slices.Contains(o.Rules, ruleTable) {
			k := actorStatus{o.Actor, o.Status}
			counted[k] = append(counted[k], countedItem{o, o.Start})
		}
	}
	n := 0
	for i, c := range cs {
		// in one sentence a model name of its own makes another item: "1,600
		// missiles and the Storm Shadow missile"
		if uncounted(c) && slices.ContainsFunc(counted[actorStatus{c.Actor, c.Status}], func(o countedItem) bool {
			return sameItemIn(text, c, o.c) && (o.start != c.Start || !ownModelName(c.Item, o.c.Item)) && !listItemsApart(c, o.c)
		}) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// sameItem reports whether two item phrases name the same materiel: the
// same head noun (the last word, without a plural "s"), two heads of one
// kind (headKinds: "aircraft" and "jets") or a shared capitalised model
// name of three letters or more.
func sameItem(x, y string) bool {
	_, lx := lastField(x)
	_, ly := lastField(y)
	if lx == "" || ly == "" {
		return false
	}
	// the stems are lower-cased into bx and by: no allocation for short
	// ASCII words
	var bx, by [16]byte
	sx, sy := itemStem(lx, &bx), itemStem(ly, &by)
	if sx == sy {
		return true
	}
	// heads of one kind of materiel: "aircraft" and "fighter jets"
	if cx, cy := headKinds[sx], headKinds[sy]; cx != "" && cx == cy {
		return true
	}
	for w := range strings.FieldsSeq(x) {
		if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		sw := itemStem(w, &bx)
		for v := range strings.FieldsSeq(y) {
			if itemStem(v, &by) == sw {
				return true
			}
		}
	}
	return false
}

// itemStem returns w lower-cased without a final "s", written in buf when
// short (see lowerShort).
func itemStem(w string, buf *[16]byte) string {
	return strings.TrimSuffix(lowerShort(w, buf), "s")
}

// genericGoods are equipment items too vague to be a commitment of their
// own when the text names what they are.
var genericGoods = map[string]bool{"weapons": true, "arms": true, "weaponry": true, "military equipment": true,
	"materiel": true, "hardware": true, "military hardware": true, "more weapons": true, "new weapons": true}

// dropGenericGoods drops an uncounted headline line of generic materiel
// ("Norway sends more weapons to Kyiv") when the same actor has a
// counted equipment line in the text: the headline's weapons are the
// howitzers and tanks of the body, one commitment. (In the body, generic
// goods may be a commitment of their own: "with extra personnel and
// hardware being sent".)
func dropGenericGoods(text string, cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	n := 0
	for i, c := range cs {
		headline := c.Start >= 0 && c.Start <= len(text) && !strings.Contains(text[:c.Start], "\n")
		if headline && c.Kind == news.KindEquipment && c.Count == nil && genericGoods[strings.ToLower(c.Item)] && slices.ContainsFunc(cs, func(o news.Commitment) bool {
			return o.Kind == news.KindEquipment && o.Count != nil && o.Actor == c.Actor
		}) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// keepUnmarked compacts cs and order in place, keeping the lines i for
// which drop(i) is false, in their order.
func keepUnmarked(cs []news.Commitment, order []int, drop func(i int) bool) ([]news.Commitment, []int) {
	n := 0
	for i, c := range cs {
		if !drop(i) {
			cs[n], order[n] = c, order[i]
			n++
		}
	}
	return cs[:n], order[:n]
}

// headlineRestated reports whether two uncounted lines of goods or
// support of one actor, one told in a headline or subheading and the
// other in body text, name the same item: "Belgium sending ships" over "Belgium is sending
// ships to the Red Sea". The same commitment said twice is one line
// whatever the tenses; the body's status stays (dropRepeats).
func headlineRestated(x, y news.Commitment) bool {
	if !unvalued(x) || !unvalued(y) || x.Kind == news.KindMoney || headlineEvidence(x.Evidence) == headlineEvidence(y.Evidence) {
		return false
	}
	// (troops of a headline and the body are often two events: a
	// withdrawal told over the force in place)
	return (x.Kind == news.KindEquipment || x.Kind == news.KindSupport) && x.Item != "" && y.Item != "" && sameItem(x.Item, y.Item)
}

// headlineEvidence reports whether evidence ev reads as a headline or a
// subheading: a line of at most 16 words with no final full stop,
// question or exclamation mark (or closing quote after one).
func headlineEvidence(ev string) bool {
	ev = strings.TrimSpace(ev)
	if ev == "" || strings.ContainsRune(ev, '\n') {
		return false
	}
	switch ev[len(ev)-1] {
	case '.', '!', '?', '"', ':', ';', ',':
		return false
	}
	if strings.HasSuffix(ev, "”") || strings.HasSuffix(ev, "’") {
		return false
	}
	words := 1 // (counted without allocating: dropRepeats compares many pairs)
	for i := 0; i < len(ev) && words <= 16; i++ {
		if ev[i] == ' ' && i+1 < len(ev) && ev[i+1] != ' ' {
			words++
		}
	}
	return words <= 16
}
