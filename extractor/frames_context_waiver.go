package extractor

// A permission for goods is no gift of them: "granted waivers for
// emergency food, medicine and shelter", "issued export licences for 40
// tanks", "an exemption for fuel". The goods after "for" are what the
// permission lets others trade or deliver; the country that grants it
// gives nothing.

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the guards of this file.
const (
	// guardWaiver stops goods that are the object of a permission.
	guardWaiver = "guard.waiver"
	// guardBeneficiary stops a frame whose actor benefits from the
	// giving: "Tanzania and Uganda joined the countries to benefit from
	// the supply of the doses".
	guardBeneficiary = "guard.beneficiary"
)

// beneficiaryOf reports whether "benefit(s/ed/ing) from" comes right
// before the frame's anchor (at most two words between): the actor
// receives what the noun gives.
func (a *analysis) beneficiaryOf(f *frame) bool {
	for k := f.anchor.start - 1; k > 0 && k >= f.anchor.start-4; k-- {
		if a.lw(k) == "from" && strings.HasPrefix(a.lw(k-1), "benefit") {
			return true
		}
	}
	return false
}

// peopleFighters reports whether q counts "fighters" by the thousand: an
// equipment noun that here counts people ("to deploy 300,000 fighters"),
// not jets; no line of materiel.
func (a *analysis) peopleFighters(q *quantity) bool {
	return q.kind == news.KindEquipment && q.num != nil && q.num.value >= 1000 && q.end > q.start && a.lw(q.end-1) == "fighters"
}

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
