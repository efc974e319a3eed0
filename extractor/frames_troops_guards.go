package extractor

import (
	"sort"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// partOfTotal reports whether troops q are a part of the count before
// them: "300 personnel, including 40 medics", "300 troops, among them 40
// special forces", "300 soldiers, of whom 40 are women". The total is the
// commitment; its breakdown is not.
func (a *analysis) partOfTotal(q *quantity) bool {
	s := a.sents[q.sent]
	k := a.beforeApprox(q, s)
	if k <= s.start {
		return false
	}
	cue := k
	switch {
	case a.lw(k) == "including" || a.lw(k) == "incl":
	case k-1 > s.start && a.lw(k) == "them" && a.lw(k-1) == "among":
		cue = k - 1
	case k-1 > s.start && (a.lw(k) == "whom" || a.lw(k) == "which") && a.lw(k-1) == "of":
		cue = k - 1
	default:
		return false
	}
	if cue-1 > s.start && a.tx(cue-1) == "," {
		cue--
	}
	// the quantity right before q (quantities are in token order)
	i := sort.Search(len(a.quants), func(i int) bool { return a.quants[i].start >= q.start }) - 1
	if i < 0 {
		return false
	}
	o := a.quants[i]
	return o.sent == q.sent && o.kind == news.KindTroops && o.num != nil && o.end == cue && o.num.value > q.num.value
}

// sizeOfExisting reports whether troops q only give the size of a force
// named after a preposition and "the": "send 300 soldiers to the
// 5,000-strong mission", "serve in the 10,000-member force". The force
// exists; its size is no one's commitment.
func (a *analysis) sizeOfExisting(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.num.end+1 >= s.end || q.start-2 < s.start || a.lw(q.start-1) != "the" || !a.has(q.start-2, cLocPrep) {
		return false
	}
	d := a.tx(q.num.end)
	return (d == "-" || d == "–") && personCount(a.lw(q.num.end+1))
}

// ownGround reports whether troops q go to guard their own country:
// "deployed 300 soldiers to guard its own border", "to patrol their own
// territory", "at home". They are no commitment to someone else.
func (a *analysis) ownGround(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k < q.end+8; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" || a.tx(k) == "," {
			return false
		}
		if a.lw(k) == "at" && a.lw(k+1) == "home" {
			return true
		}
		if (a.lw(k) == "its" || a.lw(k) == "their") && a.lw(k+1) == "own" && k+2 < s.end {
			switch a.lw(k + 2) {
			case "border", "borders", "frontier", "territory", "soil", "country", "cities", "streets", "airspace", "coast":
				return true
			}
		}
		// "to its Kursk region", "to its southern border": a region of
		// its own after a name or a place adjective
		if (a.lw(k) == "its" || a.lw(k) == "their") && k > q.end && towardsOwn(a.lw(k-1)) {
			for j := k + 1; j < s.end && j <= k+3; j++ {
				switch a.lw(j) {
				case "region", "regions", "province", "provinces", "oblast", "border", "borders", "frontier", "territory", "enclave", "exclave",
					"islands", "island", "coast", "coastline":
					return true
				}
				if !a.upper(j) && !a.has(j, cPlaceAdj) {
					break
				}
			}
		}
	}
	return false
}

// othersTroops reports whether troops q name a country (a demonym, a
// country or a possessive: "250 Italian soldiers", "Italy's 250
// soldiers") and none of the actors of frame f: "Spain will send 300
// troops to relieve 250 Italian soldiers" does not commit the Italians,
// nor "France may train Ukrainian forces" the Ukrainians.
func (a *analysis) othersTroops(f *frame, q *quantity) bool {
	if len(f.actors) == 0 || f.rule != ruleActive && f.rule != rulePronoun {
		return false
	}
	owners := a.troopOwners(q, a.sents[q.sent])
	if len(owners) == 0 {
		return false
	}
	for _, o := range owners {
		for _, am := range f.actors {
			if o.code == am.code {
				return false
			}
		}
	}
	for _, am := range f.actors {
		if len(am.code) != 2 {
			return false // a group or an organisation may send its members' troops
		}
	}
	return true
}

// vagueCount reports whether w counts without a number: "thousands of
// troops", "hundreds of soldiers", "dozens of officers".
func vagueCount(w string) bool {
	switch w {
	case "thousands", "hundreds", "dozens", "scores", "tens":
		return true
	}
	return false
}

// whereBefore reports whether a relative "where" opens the clause whose
// verb is at token h: ", where France has 3,000 troops".
func (a *analysis) whereBefore(h int, s span) bool {
	for j := h - 1; j > s.start && j >= h-5; j-- {
		if a.lw(j) == "where" {
			return a.tx(j-1) == ","
		}
		if a.toks[j].kind == tPunct {
			return false
		}
	}
	return false
}

// closedRelative reports whether the verb t stands in a non-restrictive
// relative clause (", which …,", ", who …,") that closes before token
// lim: "Latvia, which hosts 300 Spanish troops, will buy tanks" — "hosts"
// is not the verb of what follows the clause.
func (a *analysis) closedRelative(t match, lim int, s span) bool {
	open := false
	for j := t.start - 1; j > s.start && j >= t.start-6; j-- {
		if a.tx(j) == "," {
			return false
		}
		if (a.lw(j) == "which" || a.lw(j) == "who") && a.tx(j-1) == "," {
			open = true
			break
		}
	}
	if !open {
		return false
	}
	for j := t.end; j < lim && j < s.end; j++ {
		if a.tx(j) == "," {
			return true
		}
	}
	return false
}

// firstSentIn reports whether troops q without a number are told as a
// country's first deployment in a past year: "Bangladesh first deployed
// troops to the mission in 1988". That is history, not a commitment.
func (a *analysis) firstSentIn(f *frame, q *quantity) bool {
	k := f.anchor.start
	if q.num != nil || k < 1 || a.lw(k-1) != "first" || !a.has(k, cDeliveryPast) {
		return false
	}
	s := a.sents[q.sent]
	for j := q.end; j+1 < s.end && j < q.end+8; j++ {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" || a.lw(j) == "and" {
			return false
		}
		if a.lw(j) == "in" && a.isYear(j+1) {
			return true
		}
	}
	return false
}

// towardsOwn reports a preposition of a move to a place ("to", "into",
// "near"), not of a place left out ("outside its borders").
func towardsOwn(w string) bool {
	switch w {
	case "to", "into", "towards", "toward", "near", "along", "in", "on", "at", "within":
		return true
	}
	return false
}

// troopsServed reports whether troops q are the ones served, not the ones
// committed: the first object of a verb of furnishing before "with"
// ("provide every incoming allied contingent with host-nation support",
// "will supply the brigade with fuel"; not "a contingent with …", which
// may come with its gear), or forces after "to" and a noun of help
// ("surveillance and logistical support to the coalition forces"); both
// without a number.
func (a *analysis) troopsServed(f *frame, q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil && q.end < s.end && a.lw(q.end) == "with" && q.start > f.anchor.end && q.start-f.anchor.end <= 3 &&
		a.lw(f.anchor.end) != "a" && a.lw(f.anchor.end) != "an" {
		switch a.lw(f.anchor.end - 1) {
		case "provide", "provides", "provided", "providing", "supply", "supplies", "supplied", "supplying",
			"equip", "equips", "equipped", "equipping", "furnish", "furnishes", "furnished":
			return true
		}
	}
	if q.num != nil {
		return false
	}
	k := q.start - 1
	for n := 0; k > s.start && n < 3; n++ {
		if m := a.actorAt[k]; m >= 0 && a.actors[m].start > s.start {
			k = a.actors[m].start - 1 // "to the coalition forces", "to the Lithuanian army"
			continue
		}
		if a.lw(k) != "the" && a.lw(k) != "its" && a.lw(k) != "their" && (!a.isModifier(k) || a.lw(k) == "to") {
			break
		}
		k--
	}
	if k-1 < s.start || a.lw(k) != "to" {
		return false
	}
	switch w := a.lw(k - 1); {
	case a.has(k-1, cSupportNoun), w == "support", w == "assistance", w == "help", w == "aid":
		return true
	}
	return false
}

// levelBeforeChange reports whether troops q are the size of a force
// before an increase to a new level in the same clause: "raise its
// 9,000-strong force to some 15,000 troops", "expand their 600 troops to
// 1,000". The new level is the commitment; the size before the change is
// no line (the real gold gives the level before a change none).
func (a *analysis) levelBeforeChange(q *quantity) bool {
	s := a.sents[q.sent]
	if q.num == nil || q.num.start != q.start || q.start-2 < s.start {
		return false // (the number opens the quantity: "its 600 troops")
	}
	switch a.lw(q.start - 1) {
	case "its", "their", "the":
	default:
		return false
	}
	if !changeVerb(a.lw(q.start-2)) || reductionVerb(a.lw(q.start-2)) {
		return false
	}
	for k := q.end; k+1 < s.end && k < q.end+8; k++ {
		if a.toks[k].kind == tPunct && a.tx(k) != "-" || a.has(k, cClauseBreak) {
			return false
		}
		if a.lw(k) != "to" {
			continue
		}
		for _, p := range a.numbersNear(k+1, k+3) {
			if p.start > k && p.start <= k+3 && p.value > q.num.value && !a.isYear(p.start) {
				return true
			}
		}
		for _, o := range a.quantsNear(k+1, k+3) {
			if o.kind == news.KindTroops && o.num != nil && o.start > k && o.start <= k+3 && o.num.value > q.num.value {
				return true
			}
		}
		return false
	}
	return false
}

// troopsRecipient reports whether unnumbered troops q receive what the
// frame's verb gives: they follow "to" or "for" after money or goods that
// are the verb's object ("delivered $574 million of equipment to the
// government and its security forces", "vowed to provide $100 million in
// military aid to the standby force"). They are the recipient, not troops
// committed.
func (a *analysis) troopsRecipient(f *frame, q *quantity) bool {
	if q.num != nil || f.anchor.end > q.start || q.sent < 0 {
		return false
	}
	s := a.sents[q.sent]
	prep := -1
	for k := q.start - 1; k >= f.anchor.end && k >= s.start && q.start-k <= 10; k-- {
		if a.tx(k) == ";" || a.has(k, cClauseBreak) || a.has(k, cTrigger) {
			return false
		}
		if a.lw(k) == "to" || a.lw(k) == "for" {
			prep = k
			break
		}
	}
	if prep < 0 {
		return false
	}
	for _, o := range a.quantsNear(f.anchor.end, prep) {
		if o.sent == q.sent && o.start >= f.anchor.end && o.end <= prep && (o.kind == news.KindMoney && o.num != nil || o.kind == news.KindEquipment) {
			return true
		}
	}
	return false
}
