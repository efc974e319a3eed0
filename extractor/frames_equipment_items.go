package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleSemicolonItem names an item of a list whose items are separated by
// semicolons; it is reported after the frame rule of the list's first item.
const ruleSemicolonItem = "frame.semicolon-item"

// maxSemicolonItems bounds how many items back an item looks for the
// clause with the verb, so a long run of semicolons stays linear.
const maxSemicolonItems = 40

// semicolonItemFrame matches equipment in an item of a list whose items
// are separated by semicolons after one verb: in "Canada will send 20
// trucks; air defence missiles; and artillery shells" each item after a
// ";" (a sentence of its own for the splitter) takes the frame of the
// list's first item, the last quantity of its kind in the clause with the
// verb that has a frame (not what the item serves: "munitions for Patriot
// systems;"). Each item is one line, as a bullet is. It reports false when the
// sentence before q's does not end with ";" on the same line, when q's
// item or an item between has a verb or a clause of its own ("20 trucks;
// France sent 10 tanks"), when the clause before the items has no verb of
// giving or of listing ("includes"), or when the first item has no frame.
func (a *analysis) semicolonItemFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.sent < 1 || !a.endsWithSemicolon(q.sent-1) || a.itemHasVerb(s) {
		return frame{}, false
	}
	// one line per item: a second uncounted quantity of the item ("ammunition
	// for rocket systems (HIMARS)") is a description or a restatement
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == q.kind && o.end <= q.start && q.num == nil {
			return frame{}, false
		}
	}
	si := q.sent - 1
	for si > 0 && q.sent-si < maxSemicolonItems && !a.itemHasVerb(a.sents[si]) && a.endsWithSemicolon(si-1) {
		si-- // earlier items of the list
	}
	h := a.sents[si]
	if !a.hasVerbBefore(h.end, h) {
		return frame{}, false // a bare list of items with no verb at all
	}
	// the first item: the last quantity of the kind before the ";"
	qs := a.quantsOf(si)
	tried := 0
	for i := len(qs) - 1; i >= 0; i-- {
		o := &qs[i] // read only
		if o.sent != si || o.kind != q.kind {
			continue
		}
		f, ok := a.selectFrame(o, true)
		if !ok {
			// ("munitions for Patriot systems and NASAMS;": what the item
			// serves has no frame; the goods before it may)
			if tried++; tried < 4 {
				continue
			}
			return frame{}, false
		}
		if f.name == "" {
			f.name = ruleSemicolonItem
		}
		return f, true
	}
	return frame{}, false
}

// endsWithSemicolon reports whether sentence si ends with ";" on the line
// where the next sentence starts (a ";" that ends a bullet line is not a
// run-in list).
func (a *analysis) endsWithSemicolon(si int) bool {
	if si < 0 || si >= len(a.sents) {
		return false
	}
	s := a.sents[si]
	return s.end > s.start && a.tx(s.end-1) == ";" && s.end < len(a.toks) && !a.toks[s.end].nl
}

// itemHasVerb reports whether sentence s holds a verb of giving or a
// clause of its own: a trigger, a past form of handing over, a passive
// auxiliary, a clause break ("but", "while") or an actor that can be a
// subject (not a recipient after "to").
func (a *analysis) itemHasVerb(s span) bool {
	if a.spanHasCls(s, 1<<cTrigger|1<<cDeliveryPast|1<<cPassiveAux|1<<cClauseBreak) {
		return true
	}
	for _, am := range a.actorsOf(s) {
		if am.subject {
			return true // "France sent …"; not "to Ukraine"
		}
	}
	return false
}

// hasVerbBefore reports whether a verb of giving, or a verb that lists
// contents ("includes", "comprises"), comes before token end in sentence s.
func (a *analysis) hasVerbBefore(end int, s span) bool {
	for j := s.start; j < end; j++ {
		if a.has(j, cTrigger, cDeliveryPast) {
			return true
		}
		if w := a.lw(j); listingVerb(w) || w == "including" || w == "comprising" {
			return true
		}
	}
	return false
}

// ruleListItem marks equipment that is one item of a list: a bullet or an
// item of a list run in with semicolons. Uncounted items of one actor in
// different items are separate lines (one line per bullet); dropRepeats
// keeps them apart unless they name the same item.
const ruleListItem = "equipment.list-item"

// equipListItem reports whether equipment q of frame f is an item of a list:
// read by the bullet frame, or in a sentence that ends with a run-in ";"
// or follows one.
func (a *analysis) equipListItem(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment {
		return false
	}
	return f.rule == ruleBullet || a.endsWithSemicolon(q.sent) || a.endsWithSemicolon(q.sent-1)
}

// separateListItems reports whether two uncounted equipment lines are
// items of lists that name different goods (see ruleListItem), in two
// items: the goods of one item ("munitions for Patriot systems and
// NASAMS;") share its line.
func separateListItems(x, y news.Commitment) bool {
	return x.Start != y.Start && listItemLine(x) && listItemLine(y) && !strings.EqualFold(x.Item, y.Item)
}

// listItemsApart reports whether equipment lines x and y are two items
// of a list (see ruleListItem) in two of its items: "155mm artillery
// rounds;" and "28 million rounds of small arms ammunition;" are two
// bullets, though one is counted.
func listItemsApart(x, y news.Commitment) bool {
	return x.Start != y.Start && slices.Contains(x.Rules, ruleListItem) && slices.Contains(y.Rules, ruleListItem)
}

// listItemLine reports whether c is an uncounted equipment line of a list
// item (see ruleListItem) or a support item of a list of goods (see
// ruleListLine).
func listItemLine(c news.Commitment) bool {
	if c.Kind == news.KindSupport {
		return slices.Contains(c.Rules, ruleListLine) // "- satellite imagery services" under a header
	}
	return c.Kind == news.KindEquipment && c.Count == nil && slices.Contains(c.Rules, ruleListItem)
}

// ruleGoodsInclude names equipment listed after "include" whose subject
// describes goods handed over, given by the source of the sentence.
const ruleGoodsInclude = "frame.goods-include"

// goodsIncludeFrame matches equipment listed after "include(s)" whose
// subject is a noun phrase of goods handed over with no giver named
// ("the capabilities to be provided to Ukraine", "the weapons being
// sent"), in a sentence whose source is a country: "According to the
// Pentagon, the items to be delivered include Stinger missiles", "The
// weapons being sent include 20 tanks, the defence ministry said". The
// source gives them. It reports false when the subject names a giver of
// its own ("the tanks Poland sent include …": another frame reads it) or
// has no passive of giving, or when no country is the source.
func (a *analysis) goodsIncludeFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// back to the verb over the items before q ("include 20 tanks and 12
	// howitzers") and model names ("include RIM-7 and AIM-9M missiles")
	v := a.enumStart(q) - 1
	for v > s.start && q.start-v <= 8 && !listingVerb(a.lw(v)) && a.tx(v) != ";" && !a.has(v, cTrigger, cDeliveryPast) {
		v--
	}
	if v <= s.start || !listingVerb(a.lw(v)) {
		return frame{}, false
	}
	// the subject, back to a comma or the start of the sentence
	giving, j := -1, v-1
	for ; j >= s.start && v-j <= 12 && a.tx(j) != ","; j-- {
		if n := a.actorAt[j]; n >= 0 && a.actors[n].subject {
			return frame{}, false
		}
		if a.has(j, cTrigger, cDeliveryPast) && (a.has(j-1, cPassiveAux) || a.has(j, cDeliveryPast)) {
			giving = j
		}
	}
	if giving < 0 {
		return frame{}, false
	}
	f := frame{anchor: span{giving, giving + 1}, rule: rulePassive, name: ruleGoodsInclude,
		window: span{max(s.start, j), q.end}, conf: 0.55}
	// "Equipment donated by Japan included 20 trucks and 40 tents": the
	// agent of the participle gives them
	if am, ok := a.givingAgent(giving, v, s); ok {
		f.actors = []actorMention{am}
		f.name, f.conf = ruleGoodsByInclude, 0.65
		return f, true
	}
	// "…, the defence ministry said": the sayer after the clause
	if am, ok := a.trailingSayer(q.end, s); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	// "According to the Pentagon, …": the source opens the sentence
	if j <= s.start+2 || a.tx(j) != "," || a.lw(s.start) != "according" || a.lw(s.start+1) != "to" {
		return frame{}, false
	}
	k := s.start + 2
	if a.lw(k) == "the" {
		k++
	}
	n := a.actorEndingAt(j-1, s)
	if n < 0 || a.actors[n].start != k || len(a.actors[n].code) != 2 ||
		a.actors[n].cls == cDemonym && !a.institutionAfter(k+1, j) {
		return frame{}, false
	}
	f.actors = []actorMention{a.actors[n]}
	return f, true
}

// ruleGoodsByInclude names equipment listed after "include(s)" whose
// subject is goods given by a named agent: "Equipment donated by Japan
// included 20 trucks, two graders and 40 tents", "The supplies sent by
// the French government include 300 tents".
const ruleGoodsByInclude = "frame.goods-by-include"

// givingAgent returns the country after "by" right after the participle of
// giving at token giving ("donated by (the) Japan(ese government)"),
// ending before the listing verb at v.
func (a *analysis) givingAgent(giving, v int, s span) (actorMention, bool) {
	by := giving + 1
	if a.lw(by) == "over" { // "handed over by"
		by++
	}
	if by+1 >= v || a.lw(by) != "by" {
		return actorMention{}, false
	}
	for _, am := range a.actorsNear(by+1, v) {
		if am.start < by+1 || am.start > by+2 || am.end > v || am.start < s.start {
			continue
		}
		if am.start == by+2 && a.lw(by+1) != "the" {
			continue
		}
		if len(am.code) == 2 || am.code == "EU" || am.code == "NATO" {
			return am, true
		}
	}
	return actorMention{}, false
}

// summarisedGoods reports whether uncounted equipment q is the subject
// of goods given by a named agent whose counted contents follow a listing
// verb: "Relief items donated by Japan included 20 trucks and 40 tents"
// gives the trucks and the tents (ruleGoodsByInclude), not the items.
func (a *analysis) summarisedGoods(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num != nil || q.end+3 >= len(a.toks) {
		return false
	}
	s := a.sents[q.sent]
	giving := q.end
	if !a.has(giving, cTrigger, cDeliveryPast) {
		return false
	}
	v := giving + 2
	for v < s.end && v < giving+9 && !listingVerb(a.lw(v)) {
		v++
	}
	if v >= s.end || !listingVerb(a.lw(v)) {
		return false
	}
	if _, ok := a.givingAgent(giving, v, s); !ok {
		return false
	}
	for _, o := range a.quantsNear(v, v+4) {
		if o.sent == q.sent && o.kind == news.KindEquipment && o.num != nil && o.start > v && o.start <= v+3 {
			return true
		}
	}
	return false
}

// listingVerb reports whether w is a verb that lists contents.
func listingVerb(w string) bool {
	switch w {
	case "include", "includes", "included", "comprise", "comprises", "comprised", "contain", "contains", "contained":
		return true
	}
	return false
}
