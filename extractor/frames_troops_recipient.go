package extractor

// Troops that are not what the verb gives: the subject of a relative
// clause after the object, a unit of materiel, or the receivers of what
// is given.

import "github.com/pledgewatch/pledgewatch/internal/news"

// troopsNotGiven reports whether troops q, read by frame f, are not what
// the committer gives:
//   - the subject of a relative clause after another object: "provide
//     weapons that Ukrainian soldiers can handle";
//   - a unit of materiel: "one company of tanks", "a battalion of Leopard
//     tanks";
//   - the receivers: "provide every incoming contingent with support"
//     (the object of "provide … with"), "provide air support to the
//     coalition forces" (after "to" or "for", past what is given).
func (a *analysis) troopsNotGiven(f *frame, q *quantity) bool {
	s := a.sents[q.sent]
	// a relative clause: "… weapons that Ukrainian soldiers can handle"
	if r := q.start - 1; r-1 >= s.start {
		switch a.lw(r) {
		case "that", "which", "whom":
			// the noun before, or its head a few words back ("weapons
			// of Soviet design that …")
			for j := r - 1; j >= s.start && j >= r-4 && a.toks[j].kind == tWord && !a.has(j, cTroopNoun); j-- {
				if a.has(j, cEquipNoun) || a.objectEndsAt(j+1, q.sent) {
					return true
				}
			}
		}
	}
	// a unit of materiel: "a company of tanks"
	of := q.end
	if of < s.end && isCloseQuote(a.tx(of)) {
		of++ // "one company” of tanks"
	}
	if q.num == nil && of+1 < s.end && a.lw(of) == "of" && a.has(q.end-1, cTroopUnit) {
		for k := of + 1; k < s.end && k <= of+4; k++ {
			if a.has(k, cEquipNoun) {
				return true
			}
			if a.has(k, cTroopNoun) || a.toks[k].kind != tWord {
				break
			}
		}
	}
	// the receivers of "provide … with …" ("provide the contingent with
	// support"); counted troops are given ("a contingent of 200 soldiers
	// with helicopters")
	if q.num == nil && q.end < s.end && a.lw(q.end) == "with" && f.anchor.end <= q.start {
		switch a.lw(f.anchor.start) {
		case "provide", "provides", "provided", "providing", "supply", "supplies", "supplied", "supplying",
			"equip", "equips", "equipped", "equipping", "furnish", "furnishes", "furnished", "furnishing":
			return true
		}
	}
	// the receivers after "to" or "for", past what is given: "provide
	// air support to the coalition forces"
	if q.num == nil && f.anchor.end <= q.start {
		// back over "the", "its" and up to two modifiers ("the coalition forces")
		p := q.start - 1
		for n := 0; p > f.anchor.end && n < 3 && a.toks[p].kind == tWord && a.lw(p) != "to" && a.lw(p) != "for" && a.lw(p) != "and"; n++ {
			p--
		}
		if w := a.lw(p); p > f.anchor.end && (w == "to" || w == "for") {
			for _, o := range a.quantsNear(f.anchor.end, p) {
				if o.sent == q.sent && o.start >= f.anchor.end && o.end <= p && (o.kind == news.KindSupport || o.kind == news.KindEquipment || o.kind == news.KindMoney) {
					return true
				}
			}
		}
	}
	return false
}

// objectEndsAt reports whether a quantity of money, equipment or support
// in sentence si ends right before token k: the noun a relative clause
// at k describes.
func (a *analysis) objectEndsAt(k, si int) bool {
	for _, o := range a.quantsNear(k-12, k) {
		if o.sent == si && o.end == k && o.kind != news.KindTroops {
			return true
		}
	}
	return false
}

// isCloseQuote reports whether s is a closing quotation mark.
func isCloseQuote(s string) bool {
	return s == "”" || s == "\"" || s == "’" || s == "'"
}
