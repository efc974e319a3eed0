package extractor

// The granularity step of equipment: how many lines the equipment (and
// donated goods) of one actor give.

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the granularity step: the line that stays gets the id of
// the rule that merged another line into it.
const (
	// ruleEquipOneClause: uncounted items of one actor, status and
	// sentence share one line ("has sent air-defence systems, 15,000
	// rounds, anti-ship missiles and helmets": two lines).
	ruleEquipOneClause = "equipment.one-clause"
	// ruleEquipRestatedCount: the same count of the same item said again
	// in another sentence is one line ("will give 14 Leopard 2 tanks" …
	// "would transfer 14 Leopards").
	ruleEquipRestatedCount = "equipment.restated-count"
	// ruleEquipHeadline: an uncounted item of a title line is the body's
	// line of the same item or, for generic goods ("medical supplies",
	// "weapons"), the body's goods of that actor.
	ruleEquipHeadline = "equipment.headline"
	// ruleEquipDescribed: an uncounted item that describes the item before
	// it ("six vessels that can be used as patrol ships") is no line.
	ruleEquipDescribed = "equipment.described"
	// ruleEquipRestatedList: uncounted goods whose items are all named
	// again in another sentence of the actor with the same status are that
	// sentence's line ("will send Archer systems and anti-tank missiles" …
	// "a package composed of 50 combat vehicles, anti-tank missiles and
	// the Archer system").
	ruleEquipRestatedList = "equipment.restated-list"
)

// groupEquipment is the granularity step of equipment lines. It runs
// after the generic repeats are gone (dropRepeats) and decides how many
// lines each actor's equipment gives, by the conventions of the gold
// (eval README: "one line per bullet or per counted item; uncounted items
// in one clause share one line"; "the same commitment said twice is one
// line"):
//
//  1. dropCountedRepeats: an uncounted item counted elsewhere for the
//     same actor and status is the counted line; dropGenericGoods: generic
//     goods of the first line give way to the actor's counted goods.
//  2. one clause (ruleEquipOneClause): uncounted lines of one actor,
//     status and sentence are one line, unless they are bullets, go to
//     two recipients or lie in two clauses split by a semicolon.
//  3. restated count (ruleEquipRestatedCount): counted lines of one actor
//     in two sentences with the same count and the same item (sameItem)
//     are one line, unless the later is marked as more ("another 20"),
//     the recipients differ or they are rows of a table.
//  4. headline (ruleEquipHeadline): an uncounted line of a title line
//     gives way to a body line of the same actor and item, whatever its
//     status, and, when its goods are generic, to any body line of the
//     actor.
//  5. description (ruleEquipDescribed): an uncounted item after "used as",
//     "serve as" that follows another item of the actor in its sentence.
//  6. restated list (ruleEquipRestatedList): an uncounted line whose
//     sentence's goods (goods(start): the items of the sentence that
//     starts at byte offset start) are all named in the sentence of
//     another uncounted line of the actor and status, which has more
//     goods or comes later, is that line.
//
// Counted items in one list stay one line each, as do items in separate
// sentences. The line that stays gets the rule id. cs and order are
// compacted in place; the work is linear in the lines but for the lines
// of one actor and count (or sentence), which are few.
func groupEquipment(text string, cs []news.Commitment, order []int, goods func(start int) []string) ([]news.Commitment, []int) {
	if !slices.ContainsFunc(cs, func(c news.Commitment) bool { return c.Kind == news.KindEquipment }) {
		return cs, order
	}
	cs, order = dropCountedRepeats(text, cs, order)
	cs, order = dropGenericGoods(text, cs, order)
	drop := make([]bool, len(cs))
	mark := func(keep int, rule string) {
		if !slices.Contains(cs[keep].Rules, rule) {
			cs[keep].Rules = append(slices.Clip(cs[keep].Rules), rule)
		}
	}
	// 2 and 3: buckets of lines that may be one
	type clauseKey struct {
		actor  string
		start  int
		status news.Status
	}
	type countKey struct {
		actor string
		count int64
	}
	clauses := map[clauseKey][]int{}
	counts := map[countKey][]int{}
	for i, c := range cs {
		if c.Kind != news.KindEquipment {
			continue
		}
		if c.Count == nil {
			if !listItemLine(c) && !slices.Contains(c.Rules, ruleBullet) {
				k := clauseKey{c.Actor, c.Start, c.Status}
				clauses[k] = append(clauses[k], i)
			}
			continue
		}
		if !slices.Contains(c.Rules, ruleTable) {
			k := countKey{c.Actor, *c.Count}
			counts[k] = append(counts[k], i)
		}
	}
	for _, ix := range clauses {
		for n, i := range ix {
			for _, j := range ix[:n] {
				if drop[j] || !oneClause(text, cs[j], cs[i]) {
					continue
				}
				keep, gone := j, i
				if genericGoodsItem(cs[j].Item) && !genericGoodsItem(cs[i].Item) {
					keep, gone = i, j // the named goods over "weapons"
				}
				drop[gone] = true
				mark(keep, ruleEquipOneClause)
				break
			}
		}
	}
	for _, ix := range counts {
		for n, i := range ix {
			for _, j := range ix[:n] {
				if drop[j] || drop[i] || !restatedCount(text, cs[j], cs[i]) {
					continue
				}
				keep, gone := j, i
				if equipBeats(text, cs[i], cs[j]) {
					keep, gone = i, j
				}
				drop[gone] = true
				mark(keep, ruleEquipRestatedCount)
			}
		}
	}
	// 4: title lines give way to the body
	var body map[string][]int // actor → body equipment lines
	for i, c := range cs {
		if c.Kind == news.KindEquipment && !drop[i] && !titleLine(text, c) {
			if body == nil {
				body = map[string][]int{}
			}
			body[c.Actor] = append(body[c.Actor], i)
		}
	}
	for i, c := range cs {
		if c.Kind != news.KindEquipment || c.Count != nil || drop[i] || !titleLine(text, c) {
			continue
		}
		generic := genericGoodsItem(c.Item)
		for _, j := range body[c.Actor] {
			if generic || sameItemIn(text, c, cs[j]) {
				drop[i] = true
				mark(j, ruleEquipHeadline)
				break
			}
		}
	}
	// 5: a description of the item before
	for i, c := range cs {
		if c.Kind != news.KindEquipment || c.Count != nil || drop[i] || !describesBefore(text, c) {
			continue
		}
		at := itemSpan(text, c)[0]
		for _, j := range body[c.Actor] {
			if j != i && !drop[j] && cs[j].Start == c.Start && itemSpan(text, cs[j])[1] <= at && itemSpan(text, cs[j])[0] >= 0 {
				drop[i] = true
				mark(j, ruleEquipDescribed)
				break
			}
		}
	}
	// 6: a list said again
	type actorStatus struct {
		actor  string
		status news.Status
	}
	unc := map[actorStatus][]int{}
	for i, c := range cs {
		if c.Kind == news.KindEquipment && c.Count == nil && !drop[i] && !listItemLine(c) && !slices.Contains(c.Rules, ruleBullet) {
			k := actorStatus{c.Actor, c.Status}
			unc[k] = append(unc[k], i)
		}
	}
	for _, ix := range unc {
		if len(ix) < 2 {
			continue
		}
		for _, i := range ix {
			gi := goods(cs[i].Start)
			if len(gi) == 0 {
				continue
			}
			for _, j := range ix {
				if j == i || drop[j] || cs[j].Start == cs[i].Start || titleLine(text, cs[j]) && !titleLine(text, cs[i]) {
					continue // (a headline's list sums up the body: the body stays)
				}
				gj := goods(cs[j].Start)
				if (len(gj) > len(gi) || len(gj) == len(gi) && cs[j].Start > cs[i].Start) && allNamedIn(gi, gj) {
					drop[i] = true
					mark(j, ruleEquipRestatedList)
					break
				}
			}
		}
	}
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}

// allNamedIn reports whether every item of xs is the same item as one of
// ys: sameItem, and no model name in one that the other lacks ("tactical
// air defence systems" is not "the SAMP-T air defence system").
func allNamedIn(xs, ys []string) bool {
	for _, x := range xs {
		if !slices.ContainsFunc(ys, func(y string) bool { return sameItem(x, y) && !ownModelName(x, y) && !ownModelName(y, x) }) {
			return false
		}
	}
	return true
}

// sentenceGoods returns the items of the equipment quantities of the
// sentence that starts at byte offset b; none when no sentence starts
// there.
func (a *analysis) sentenceGoods(b int) []string {
	si := a.sentAt(b)
	if si < 0 {
		return nil
	}
	var items []string
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindEquipment && q.item != "" {
			items = append(items, q.item)
		}
	}
	return items
}

// oneClause reports whether the uncounted lines x and y of one actor,
// status and sentence are items of one clause: no two recipients (also
// none where each item has its own "to …": "patrol boats to Vietnam and
// radars to the Philippines"), and no semicolon between their items.
func oneClause(text string, x, y news.Commitment) bool {
	if x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient {
		return false
	}
	xs, ys := itemSpan(text, x), itemSpan(text, y)
	if xs[0] < 0 || ys[0] < 0 {
		return true
	}
	if ys[0] < xs[0] {
		xs, ys = ys, xs
	}
	if xs[1] > ys[0] {
		return true
	}
	gap := text[xs[1]:ys[0]]
	if strings.Contains(gap, ";") {
		return false
	}
	return !(strings.HasPrefix(gap, " to ") && strings.HasPrefix(text[ys[1]:], " to "))
}

// itemSpan returns the byte offsets of c's item in the text: its value
// span, else the first occurrence of the item in its evidence; {-1, -1}
// when neither is known.
func itemSpan(text string, c news.Commitment) [2]int {
	if c.ValueSpan != nil && c.ValueSpan[0] >= 0 && c.ValueSpan[1] <= len(text) && c.ValueSpan[0] <= c.ValueSpan[1] {
		return *c.ValueSpan
	}
	if end := itemEnd(text, c); end >= 0 {
		return [2]int{end - len(c.Item), end}
	}
	return [2]int{-1, -1}
}

// restatedCount reports whether the counted lines x and y of one actor and
// count, in two sentences, are one commitment said twice: the same item,
// no two recipients, and both or neither marked as more ("a further 20
// vehicles" … "on top of 20 vehicles" are two) unless the unmarked one is
// a title line (a headline leaves out the "more" of the body).
func restatedCount(text string, x, y news.Commitment) bool {
	if x.Start == y.Start || !sameItemIn(text, x, y) {
		return false // one sentence: "26 M1 vehicles and 26 M2 vehicles" are two items
	}
	if x.Recipient != "" && y.Recipient != "" && x.Recipient != y.Recipient {
		return false
	}
	mx, my := markedMore(x) || moreItem(x.Item), markedMore(y) || moreItem(y.Item)
	return mx == my || !mx && titleLine(text, x) || !my && titleLine(text, y)
}

// moreItem reports whether an item phrase opens with "more", "additional",
// "further" or "extra": "six more howitzers" after "six howitzers" is a
// second gift.
func moreItem(item string) bool {
	w, _, _ := strings.Cut(strings.ToLower(item), " ")
	return w == "more" || w == "additional" || w == "further" || w == "extra"
}

// equipBeats reports whether line x stays over line y when the two are
// one: a body line over a title line, then the more confident, then the
// earlier.
func equipBeats(text string, x, y news.Commitment) bool {
	if tx, ty := titleLine(text, x), titleLine(text, y); tx != ty {
		return ty
	}
	return x.Confidence > y.Confidence || x.Confidence == y.Confidence && x.Start < y.Start
}

// titleLine reports whether c's evidence lies on a title line: a line of
// at most 20 words that holds all of the evidence, does not end a
// sentence (no final ".", "!", "?", ":", ";" or closing quote) and is no
// bullet.
func titleLine(text string, c news.Commitment) bool {
	if c.Start < 0 || c.Start > len(text) {
		return false
	}
	from := strings.LastIndexByte(text[:c.Start], '\n') + 1
	to := strings.IndexByte(text[c.Start:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += c.Start
	}
	line := strings.TrimSpace(text[from:to])
	if line == "" || len(strings.Fields(line)) > 20 || c.End > to {
		// (a sentence that runs on to the next line is wrapped body text)
		return false
	}
	for _, bullet := range []string{"-", "*", "•", "–", "—"} {
		if strings.HasPrefix(line, bullet) {
			return false
		}
	}
	for _, end := range []string{".", "!", "?", ":", ";", "\"", "”", "'", "’"} {
		if strings.HasSuffix(line, end) {
			return false
		}
	}
	return true
}

// genericHeads are the head nouns of goods too vague to be a line beside
// the goods the body names: "medical supplies", "military aid", "more
// weapons", "relief goods".
var genericHeads = map[string]bool{"supplies": true, "aid": true, "assistance": true, "equipment": true,
	"weapons": true, "arms": true, "weaponry": true, "materiel": true, "hardware": true, "goods": true,
	"items": true, "materials": true, "material": true}

// genericGoodsItem reports whether item names generic goods: one of
// genericGoods or a phrase whose head noun is one of genericHeads.
func genericGoodsItem(item string) bool {
	if genericGoods[strings.ToLower(item)] {
		return true
	}
	ws := strings.Fields(strings.ToLower(item))
	return len(ws) > 0 && genericHeads[ws[len(ws)-1]]
}

// describesBefore reports whether c's item follows "used as", "serve as",
// "serving as", "act as" or "known as" in its evidence: it describes the
// item before it ("vessels that can be used as patrol ships").
func describesBefore(text string, c news.Commitment) bool {
	at := itemSpan(text, c)[0]
	if at < c.Start || c.Start < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[c.Start:at]))
	if len(ws) < 2 || ws[len(ws)-1] != "as" {
		return false
	}
	switch ws[len(ws)-2] {
	case "used", "use", "serve", "serves", "serving", "act", "acting", "known":
		return true
	}
	return false
}

// servesOther reports whether the items of x and y serve two different
// named things: "ammunition for the Leopard tanks" and "ammunition for the
// Gepard systems" are two items, whatever their head nouns.
func servesOther(text string, x, y news.Commitment) bool {
	fx, fy := servedName(text, x), servedName(text, y)
	return fx != "" && fy != "" && fx != fy
}

// servedName returns the lower-cased capitalised name after "for the"
// ("its", "their") or an all-capitals name after "for", right after c's
// item: "leopard" in "ammunition for the Leopard battle tanks", "himars"
// in "rockets for HIMARS"; "" when there is none.
func servedName(text string, c news.Commitment) string {
	end := itemSpan(text, c)[1]
	if end < 0 || end > c.End || c.End > len(text) {
		return ""
	}
	ws := strings.Fields(text[end:c.End])
	if len(ws) < 2 || ws[0] != "for" {
		return ""
	}
	ws = ws[1:]
	determined := false
	switch ws[0] {
	case "the", "its", "their", "his", "her", "our":
		ws, determined = ws[1:], true
	}
	if len(ws) == 0 || ws[0][0] < 'A' || ws[0][0] > 'Z' {
		return ""
	}
	name := strings.Trim(ws[0], ".,;:")
	if !determined && strings.ToUpper(name) != name {
		return "" // "for Ukraine" names a recipient; "for HIMARS", "for the Leopard" a system
	}
	return strings.ToLower(name)
}

// ownModelName reports whether item names a model that other does not: a
// capitalised word of three letters or more, or a word with a digit, of
// item that is not in other ("Storm Shadow missile" against "offensive
// and defensive missiles").
func ownModelName(item, other string) bool {
	stem := func(w string) string { return strings.TrimSuffix(strings.ToLower(w), "s") }
	in := map[string]bool{}
	for _, w := range strings.Fields(other) {
		in[stem(w)] = true
	}
	for _, w := range strings.Fields(item) {
		named := len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' || strings.ContainsAny(w, "0123456789")
		if named && !in[stem(w)] {
			return true
		}
	}
	return false
}

// headKinds maps head nouns (without a plural "s") that name one kind of
// materiel to that kind: a text that says "aircraft" and then "fighter
// jets", or "vessels" and then "patrol ships", names one item.
var headKinds = map[string]string{"aircraft": "aircraft", "jet": "aircraft", "plane": "aircraft", "fighter": "aircraft",
	"airplane": "aircraft", "warplane": "aircraft",
	"ship": "vessel", "vessel": "vessel", "boat": "vessel"}

// sameItemIn reports whether lines x and y name the same materiel: by
// sameItem, or when the name in brackets after one's item is a word of the
// other's ("National Advanced Surface-to-Air Missile Systems (NASAMS)" and
// "eight NASAMS launchers", "armoured personnel carriers (APCs)" and "20
// APCs").
func sameItemIn(text string, x, y news.Commitment) bool {
	if sameItem(x.Item, y.Item) {
		return true
	}
	has := func(item, name string) bool {
		if name == "" {
			return false
		}
		for _, w := range strings.Fields(item) {
			if w == name || strings.TrimSuffix(w, "s") == strings.TrimSuffix(name, "s") {
				return true
			}
		}
		return false
	}
	return has(y.Item, bracketName(text, x)) || has(x.Item, bracketName(text, y))
}

// bracketName returns the name in brackets right after c's item in the
// text ("NASAMS" in "… Missile Systems (NASAMS)"): one word of at most 12
// bytes; "" when there is none.
func bracketName(text string, c news.Commitment) string {
	end := itemSpan(text, c)[1]
	if end < 0 || end >= len(text) {
		return ""
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+16)], " ")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	name, _, ok := strings.Cut(rest[1:], ")")
	if !ok || name == "" || strings.ContainsAny(name, " ,;") {
		return ""
	}
	return name
}
