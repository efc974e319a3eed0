package extractor

// A permission for goods is no gift of them: "granted waivers for
// emergency food, medicine and shelter", "issued export licences for 40
// tanks", "an exemption for fuel". The goods after "for" are what the
// permission lets others trade or deliver; the country that grants it
// gives nothing.

import "github.com/pledgewatch/pledgewatch/internal/news"

// guardWaiver stops goods that are the object of a permission.
const guardWaiver = "guard.waiver"

// permissionNouns are nouns of a permission that take the goods after
// "for" or "on".
var permissionNouns = map[string]bool{"waiver": true, "waivers": true, "exemption": true, "exemptions": true,
	"licence": true, "licences": true, "license": true, "licenses": true, "permit": true, "permits": true,
	"carve-out": true, "carve-outs": true, "carveout": true, "carveouts": true}

// waiverFor reports whether equipment q is listed after a permission
// noun and "for" in its clause ("waivers for emergency food, medicine, and
// shelter"): the items between are a list (modifiers, separators and
// other goods), with no verb of giving after "for" and no "of" ("a
// licence for the re-export of tanks" decides on a transfer and stays).
func (a *analysis) waiverFor(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.start - 1; k > s.start && k >= q.start-14; k-- {
		// ("a licence for the re-export of tanks": a decision on a transfer)
		if a.has(k, cTrigger, cDeliveryPast, cClauseBreak) || a.tx(k) == ";" || a.lw(k) == "of" {
			return false
		}
		if w := a.lw(k); w == "for" || w == "on" {
			return permissionNouns[a.lw(k-1)] && f.anchor.start < k
		}
	}
	return false
}
