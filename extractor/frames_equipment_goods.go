package extractor

// Goods named as a subject ("The vehicles included …") and the giver of
// the goods told in the sentences before: helpers of the equipment family.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// goodsHeads are plural nouns of goods that, as the whole subject of a
// link verb, hold the goods listed after it: "The vehicles included 403
// Humvees and 42 trucks", "the equipment includes 70 howitzers", "Items
// donated include computers and uniforms".
var goodsHeads = map[string]bool{"vehicles": true, "equipment": true, "items": true, "goods": true, "supplies": true,
	"weapons": true, "materiel": true, "deliveries": true, "donations": true}

// packageLink reports whether w is a verb that links a package or goods
// to what they hold: "includes", "comprised", "contains", "features".
func packageLink(w string) bool {
	switch w {
	case "includes", "include", "included", "contains", "contained", "contain", "comprises", "comprised", "comprise",
		"features", "featured", "feature", "covers", "covered":
		return true
	}
	return false
}

// goodsGiverBefore returns the giver of the last gift of goods told in
// the three sentences before si: in a sentence that names goods, the last
// country that is the subject of a verb of giving within six tokens after
// it ("the U.S. Army presented it with 640 vehicles"). "Russia massed
// forces on the border" tells no gift.
func (a *analysis) goodsGiverBefore(si int) (actorMention, bool) {
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		if a.stats.sentCls[sj]&(1<<cTrigger|1<<cDeliveryPast) == 0 {
			continue
		}
		s := a.sents[sj]
		goods := false
		for _, o := range a.quantsOf(sj) {
			if o.sent == sj && o.kind == news.KindEquipment {
				goods = true
				break
			}
		}
		if !goods {
			continue // "The ceremony took place in the capital, Lilongwe, and was given to …"
		}
		acts := a.actorsOf(s)
		for n := len(acts) - 1; n >= 0; n-- {
			am := acts[n]
			if !am.subject || len(am.code) != 2 || am.cls == cGroup {
				continue
			}
			for k := am.end; k < s.end && k < am.end+6; k++ {
				if a.has(k, cTrigger, cDeliveryPast) {
					return am, true
				}
			}
		}
	}
	return actorMention{}, false
}

// onlySeparators reports whether the tokens from i to j (exclusive) only
// join the items of a list: commas, "and", "as well as", "plus".
func (a *analysis) onlySeparators(i, j int) bool {
	for k := i; k < j; k++ {
		switch a.lw(k) {
		case ",", "and", "as", "well", "plus", "also":
			continue
		}
		return false
	}
	return i < j
}

// otherGiverIn reports whether the sentence of giver g names another
// country that may have given the goods (see otherActorIn), leaving out
// one that only reports the gift told after it: "the Ministry of Defence
// announced the U.S. Army presented it with 640 vehicles".
func (a *analysis) otherGiverIn(g actorMention) bool {
	for _, am := range a.actorsOf(a.sents[g.sent]) {
		if am.reporter || am.code == g.code || strings.HasPrefix(am.code, "group:") || a.afterPrep(am.start) {
			continue
		}
		if am.end <= g.start && a.reportsBefore(am.end, g.start) {
			continue
		}
		return true
	}
	return false
}

// reportsBefore reports whether a verb of reporting or announcing lies in
// the tokens [from, to): "announced", "said", "confirmed".
func (a *analysis) reportsBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if a.has(k, cReporting) {
			return true
		}
		switch a.lw(k) {
		case "announced", "announces", "announce":
			return true
		}
	}
	return false
}

// singleItem reports whether equipment q without a number is one item:
// "a", "an" or "one" right before it and a head that is no plural ("a
// naval unit", "an air defence system", "a National Advanced
// Surface-to-Air Missile System"; not "a number of tanks", "a
// frigate's crew" or "a dozen drones").
func (a *analysis) singleItem(q *quantity) bool {
	if q.kind != news.KindEquipment || q.num != nil || q.start == 0 || q.end <= q.start {
		return false
	}
	if a.namedVessel(q) {
		return true // "HNLMS Tromp, FGS Hessen and ITS Fasan": one line each
	}
	switch a.lw(q.start - 1) {
	case "a", "an", "one":
	default:
		// "a National Advanced Surface-to-Air Missile System": capitalised
		// words of the name between "a" and the item read
		if !a.namedSingle(q) {
			return false
		}
	}
	head := a.lw(q.end - 1)
	return !strings.HasSuffix(head, "s") && q.end < len(a.toks) && a.tx(q.end) != "'" && a.tx(q.end) != "’"
}
