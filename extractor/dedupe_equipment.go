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
	// ruleEquipRestatedCount: the same count of the same item said again
	// in another sentence is one line ("will give 14 Leopard 2 tanks" …
	// "would transfer 14 Leopards").
	ruleEquipRestatedCount = "equipment.restated-count"
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
//  2. restated count (ruleEquipRestatedCount): counted lines of one actor
//     in two sentences with the same count and the same item (sameItem)
//     are one line, unless the later is marked as more ("another 20"),
//     the recipients differ or they are rows of a table; so is an
//     approximate count said again exactly (nearCount: "more than 60,000
//     shells" … "61,000 rounds").
//  3. description (ruleEquipDescribed): an uncounted item after "used as",
//     "serve as" that follows another item of the actor in its sentence.
//  4. restated list (ruleEquipRestatedList): an uncounted line whose
//     sentence's goods (goods(start): the items of the sentence that
//     starts at byte offset start) are all named in the sentence of
//     another uncounted line of the actor and status, which has more
//     goods or comes later, is that line.
//
// Counted items in one list stay one line each, as do items in separate
// sentences. Uncounted items of one clause are not merged here (each is
// its own line unless an earlier step made them one), nor does a title
// line give way to the body: held-back annotators keep those items apart,
// and the title's status was often the wrong one. The line that stays gets the rule id. cs and order are
// compacted in place; the work is linear in the lines but for the lines
// of one actor and count (or sentence), which are few.
func groupEquipment(text string, cs []news.Commitment, order []int, goods func(start int) []string) ([]news.Commitment, []int) {
	if !slices.ContainsFunc(cs, func(c news.Commitment) bool { return c.Kind == news.KindEquipment }) {
		return cs, order
	}
	cs, order = dropCountedRepeats(text, cs, order)
	cs, order = dropGenericGoods(text, cs, order)
	cs, order = dropExampleGoods(text, cs, order)
	drop := make([]bool, len(cs))
	// titleLine of each line, read once: the lists of step 4 compare
	// every pair of an actor's uncounted lines
	title := make([]int8, len(cs)) // 0 not read yet, 1 body, 2 title
	isTitle := func(i int) bool {
		if title[i] == 0 {
			title[i] = 1
			if titleLine(text, cs[i]) {
				title[i] = 2
			}
		}
		return title[i] == 2
	}
	mark := func(keep int, rule string) {
		if !slices.Contains(cs[keep].Rules, rule) {
			cs[keep].Rules = append(slices.Clip(cs[keep].Rules), rule)
		}
	}
	// 2: buckets of counted lines that may be one
	type countKey struct {
		actor string
		count int64
	}
	counts := map[countKey][]int{}
	byActor := map[string][]int{} // counted lines, for approximate counts
	var approx []int              // counted lines with "more than", "about" …
	for i, c := range cs {
		if c.Kind != news.KindEquipment {
			continue
		}
		if c.Count != nil && !slices.Contains(c.Rules, ruleTable) {
			k := countKey{c.Actor, *c.Count}
			counts[k] = append(counts[k], i)
			byActor[c.Actor] = append(byActor[c.Actor], i)
			if approxQualifier(c.Qualifier) {
				approx = append(approx, i)
			}
		}
	}
	// restated keeps the line first unless second beats it (equipBeats)
	restated := func(first, second int) {
		keep, gone := first, second
		if equipBeats(text, cs[second], cs[first]) {
			keep, gone = second, first
		}
		drop[gone] = true
		mark(keep, ruleEquipRestatedCount)
	}
	for _, ix := range counts {
		for n, i := range ix {
			for _, j := range ix[:n] {
				if !drop[j] && !drop[i] && restatedCount(text, cs[j], cs[i]) {
					restated(j, i)
				}
			}
		}
	}
	// "more than 60,000 shells" … "61,000 rounds": an approximate count said
	// again exactly
	for _, i := range approx {
		for _, j := range byActor[cs[i].Actor] {
			if j != i && !drop[j] && !drop[i] && nearCount(cs[i], cs[j]) && restatedCount(text, cs[i], cs[j]) {
				restated(i, j)
			}
		}
	}
	// 3: a description of the item before
	var body map[string][]int // actor → body (non-title) equipment lines
	for i, c := range cs {
		if c.Kind == news.KindEquipment && !drop[i] && !isTitle(i) {
			if body == nil {
				body = map[string][]int{}
			}
			body[c.Actor] = append(body[c.Actor], i)
		}
	}
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
	// 4: a list said again
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
	goodsAt := map[int][]string{} // goods by sentence start, read once
	sentGoods := func(start int) []string {
		g, ok := goodsAt[start]
		if !ok {
			g = goods(start)
			goodsAt[start] = g
		}
		return g
	}
	for _, ix := range unc {
		if len(ix) < 2 {
			continue
		}
		for _, i := range ix {
			gi := sentGoods(cs[i].Start)
			if len(gi) == 0 {
				continue
			}
			for _, j := range ix {
				if j == i || drop[j] || cs[j].Start == cs[i].Start || isTitle(j) && !isTitle(i) {
					continue // (a headline's list sums up the body: the body stays)
				}
				gj := sentGoods(cs[j].Start)
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

// approxQualifier reports whether a count's qualifier makes it
// approximate: "more than", "about", "nearly", "some" …
func approxQualifier(q string) bool {
	switch q {
	case "more than", "about", "around", "nearly", "almost", "over", "some", "approximately", "roughly", "at least":
		return true
	}
	return false
}

// nearCount reports whether the count of x, stated with an approximate
// qualifier, fits the count of y: at least it for "more than", "over",
// "at least", at most it for "nearly", "almost", and within a tenth of it.
func nearCount(x, y news.Commitment) bool {
	if x.Count == nil || y.Count == nil || *x.Count == *y.Count {
		return false // (equal counts are read by the buckets of one count)
	}
	a, b := float64(*x.Count), float64(*y.Count)
	switch x.Qualifier {
	case "more than", "over", "at least":
		if b < a {
			return false
		}
	case "nearly", "almost":
		if b > a {
			return false
		}
	}
	return b-a <= 0.1*max(a, b) && a-b <= 0.1*max(a, b)
}
