package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Context guards: classes of news context in which a frame that reads
// like a commitment is none by the conventions: war and military context
// here (prisoner exchanges, drills, relief at home after a disaster, the
// front line, a country's own war), the actor's own forces in
// frames_context_own.go, money and equipment that stay at home in
// frames_context_money.go, and how the frame is said (denials, needs,
// demands, estimates, counterfactuals, opinion, history) in
// frames_context_speech.go. notCommitted calls contextGuard for every
// frame; each guard looks at the frame's sentence (and at most the one
// before it) only, so the work is per line and per sentence.

// Rule ids of the context guards; they name no frame, they stop one, and
// are listed here so that tests and reports can refer to them.
const (
	guardCaptivity      = "guard.captivity"
	guardDrill          = "guard.drill"
	guardHomeDisaster   = "guard.home-disaster"
	guardDeniedReport   = "guard.denied-report"
	guardNeeds          = "guard.needs"
	guardOrgPronoun     = "guard.org-pronoun"
	guardCounterfactual = "guard.counterfactual"
	guardOpinion        = "guard.opinion"
	guardOwnIndustry    = "guard.own-industry"
	guardOwnForceSize   = "guard.own-force-size"
	guardSubsidy        = "guard.subsidy"
	guardServiceBuys    = "guard.service-buys"
	guardCoDevelop      = "guard.co-develop"
	guardOtherClause    = "guard.other-clause"
	guardDemanded       = "guard.demanded"
	guardFrontLine      = "guard.front-line"
	guardOwnPurchase    = "guard.own-purchase"
	guardOwnWar         = "guard.own-war"
	guardEstimate       = "guard.estimate"
	guardHistory        = "guard.history"
	guardDomestic       = "guard.domestic"
	guardSpendingRank   = "guard.spending-rank"
	guardOwnRegion      = "guard.own-region"
	guardArmySize       = "guard.army-size"
	guardForOwnForces   = "guard.for-own-forces"
	guardOwnStock       = "guard.own-stock"
)

// contextGuard returns the id of the first context guard that stops frame
// f for quantity q, or "" when none does.
func (a *analysis) contextGuard(f *frame, q *quantity) string {
	switch {
	case a.captivityContext(q):
		return guardCaptivity
	case a.drillDestination(q), a.drillTaking(f, q):
		return guardDrill
	case a.homeDisaster(f, q):
		return guardHomeDisaster
	case a.deniedReport(f):
		return guardDeniedReport
	case a.needsNotGives(f):
		return guardNeeds
	case a.orgPronoun(f):
		return guardOrgPronoun
	case a.counterfactual(f):
		return guardCounterfactual
	case a.opinionModal(f):
		return guardOpinion
	case a.commentatorModal(f):
		return guardCommentator
	case a.ownIndustry(f, q):
		return guardOwnIndustry
	case a.ownForceSize(f, q):
		return guardOwnForceSize
	case a.domesticSubsidy(f, q):
		return guardSubsidy
	case a.serviceProcurement(f, q):
		return guardServiceBuys
	case a.coDevelopment(f):
		return guardCoDevelop
	case a.otherSubjectClause(f, q):
		return guardOtherClause
	case a.demandedOf(f):
		return guardDemanded
	case a.frontLine(f, q):
		return guardFrontLine
	case a.ownPurchase(f, q):
		return guardOwnPurchase
	case a.ownWar(q):
		return guardOwnWar
	case a.estimated(f):
		return guardEstimate
	case a.lastCentury(f), a.pastState(f):
		return guardHistory
	case a.domesticBeneficiary(f, q):
		return guardDomestic
	case a.spendingRank(f):
		return guardSpendingRank
	case a.equipmentToOwnRegion(f, q):
		return guardOwnRegion
	case a.armySize(f, q):
		return guardArmySize
	case a.forOwnForces(q):
		return guardForOwnForces
	case a.ownStock(f, q):
		return guardOwnStock
	case a.economicFigure(q):
		return guardEconomicFigure
	case a.rewardMoney(q):
		return guardReward
	case a.vesselOwnerMismatch(f, q):
		return guardVesselOwner
	case a.excludedQuantity(f, q):
		return guardExcluded
	case a.waiverFor(f, q):
		return guardWaiver
	case a.beneficiaryOf(f):
		return guardBeneficiary
	}
	return a.negGuard(f, q)
}

// captivityContext reports troops counted in a prisoner exchange: "95
// soldiers returned home" after "the two sides swapped prisoners of war".
// A word of captivity in the troops' sentence or the one before it
// decides.
func (a *analysis) captivityContext(q *quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	if !a.sentHas(q.sent, wCaptivity) && (q.sent == 0 || !a.sentHas(q.sent-1, wCaptivity)) {
		return false // no word of captivity in either sentence
	}
	s := a.sents[q.sent]
	// the sentence before counts only for a return home: "… swapped
	// prisoners. 95 soldiers returned home" (not "… swapped prisoners.
	// Canada will send 200 troops to Latvia")
	from := s.start
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "home", "returned", "freed", "released":
			from = a.sents[max(0, q.sent-1)].start
		}
	}
	for k := from; k < s.end; k++ {
		switch a.lw(k) {
		case "prisoner", "prisoners", "pows", "pow", "captives", "captivity", "swap", "swapped", "swaps", "hostages":
			return true
		}
	}
	return false
}

// source reports an actor mention that only gives the source of the
// sentence: "Ukraine said", "Ukraine's military intelligence said".
func (a *analysis) source(m actorMention, s span) bool {
	if m.reporter {
		return true
	}
	for k := m.end; k < s.end && k <= m.end+2; k++ {
		if a.has(k, cReporting) {
			return true
		}
		if a.toks[k].kind != tWord {
			return false
		}
	}
	return false
}

// drillWords are the nouns of a military exercise.
func drillWord(w string) bool {
	switch w {
	case "exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "manoeuvre", "maneuver", "wargames", "war-games":
		return true
	}
	return false
}

// drillDestination reports troops or equipment whose destination is a
// drill: "contributing 12,000 soldiers to the manoeuvres", "sends 20
// tanks for the annual exercise". Only determiners and modifiers may
// stand between the preposition and the noun ("to conduct exercises in
// eastern Europe" is a deployment), and no place may follow it ("send a
// frigate to exercises in the area" is a deployment too).
func (a *analysis) drillDestination(q *quantity) bool {
	if q.kind != news.KindTroops && q.kind != news.KindEquipment || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	k := q.end
	if k >= s.end {
		return false
	}
	switch a.lw(k) {
	case "to", "for", "in", "into":
	default:
		return false
	}
	for j := k + 1; j < s.end && j <= k+4; j++ {
		w := a.lw(j)
		if drillWord(w) {
			// "a frigate to exercises in the area": a deployment to a
			// place, with the drill as its purpose
			switch a.lw(min(j+1, s.end-1)) {
			case "in", "near", "off", "at", "around":
				// (a drill in a named country stays a drill:
				// "to a NATO exercise in Norway")
				if _, ok := a.countryAt(j+2, q.sent); ok && j+2 < s.end {
					return true
				}
				return j+1 >= s.end
			}
			return true
		}
		switch w {
		case "the", "a", "an", "its", "their", "this", "these", "joint", "military", "naval", "annual", "allied",
			"large-scale", "multinational", "live-fire", "nato", "summer", "spring", "autumn", "winter", "training":
			continue
		}
		return false
	}
	return false
}

// homeDisaster reports troops or equipment sent to a disaster with no
// other country in the sentence or the one before: "Greece deployed 500
// soldiers to fight wildfires", "sent 300 troops to flooded areas", and
// disaster money "for the affected states". Relief for another country
// names it ("sent 100 soldiers to help Slovenia with floods").
func (a *analysis) homeDisaster(f *frame, q *quantity) bool {
	if q.sent < 0 || q.sent >= len(a.sents) || len(f.actors) == 0 || !a.sentHas(q.sent, wDisaster) {
		return false
	}
	s := a.sents[q.sent]
	found := false
	for k := s.start; k < s.end && !found; k++ {
		switch a.lw(k) {
		case "affected":
			// money "for the affected states" (regions, provinces):
			// disaster relief at home
			found = q.kind == news.KindMoney && k+1 < s.end && a.lw(k-1) == "the" && k+1 > q.end
			if found {
				switch a.lw(k + 1) {
				case "states", "regions", "provinces", "areas", "counties", "communities", "districts":
				default:
					found = false
				}
			}
			continue
		}
		if q.kind != news.KindTroops && q.kind != news.KindEquipment {
			continue
		}
		switch a.lw(k) {
		case "wildfire", "wildfires", "blaze", "blazes", "flood", "floods", "flooded", "flooding", "hurricane", "landslide", "landslides", "snowstorm":
			found = true
		case "fires":
			found = k > s.start && (a.lw(k-1) == "forest" || a.lw(k-1) == "bush")
		}
	}
	// the country hit may be named just before: "Floods hit Slovenia. Austria
	// sent 100 soldiers to help with the floods."
	return found && a.onlyOwnCountries(f, s) && (q.sent == 0 || a.onlyOwnCountries(f, a.sents[q.sent-1]))
}

// onlyOwnCountries reports whether sentence s names no country other than
// the actors of frame f: no recipient, no partner (a source, "Ukraine's
// intelligence said", does not count).
func (a *analysis) onlyOwnCountries(f *frame, s span) bool {
	for _, m := range a.actorsNear(s.start, s.end) {
		if m.start < s.start || m.end > s.end || len(m.code) != 2 || a.source(m, s) {
			continue
		}
		own := false
		for _, am := range f.actors {
			own = own || am.code == m.code
		}
		if !own {
			return false
		}
	}
	return true
}

// frontLine reports troops moved to, from or along the front line of a
// war the actor fights at home: "a brigade has been withdrawn from the
// front line for rest", "rotated several brigades out of the sector". No
// other country is named in the sentence.
func (a *analysis) frontLine(f *frame, q *quantity) bool {
	if q.kind != news.KindTroops || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	if f.rule != rulePresence {
		// a move of own forces, not a gift ("send instructors to train
		// soldiers away from the front")
		switch a.lw(f.anchor.start) {
		case "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "rotate", "rotates", "rotated", "rotating",
			"pull", "pulls", "pulled", "pulling", "move", "moves", "moved", "redeploy", "redeploys", "redeployed",
			"deploy", "deploys", "deployed", "deploying":
		default:
			return false
		}
	}
	s := a.sents[q.sent]
	// the front right after the troops or the verb, after a preposition
	// of movement: "withdrawn from the front line", "out of the sector"
	from := min(q.end, f.anchor.end)
	found := false
	for k := from; k < s.end && k <= max(q.end, f.anchor.end)+8 && !found; k++ {
		switch a.lw(k) {
		case "from", "off", "out", "along", "to":
		default:
			continue
		}
		j := k + 1
		if a.lw(j) == "of" {
			j++
		}
		if a.lw(j) == "the" {
			j++
		}
		switch a.lw(j) {
		case "frontline", "front-line", "sector", "trenches":
			found = true
		case "front":
			found = true
		}
	}
	return found && a.onlyOwnCountries(f, s)
}

// ownWar reports troops fighting the war of their own country: "700,000
// Russian soldiers were taking part in its special military operation",
// "troops taking part in their offensive". "its" or "their" before a noun
// of war follows the troops closely. (Troops in "the NATO mission" are a
// deployment.)
func (a *analysis) ownWar(q *quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) || !a.sentHasFunc(q.sent, wordsOf(idIts, idTheir)) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k <= q.end+10; k++ {
		if a.lw(k) != "its" && a.lw(k) != "their" {
			continue
		}
		for j := k + 1; j < s.end && j <= k+3; j++ {
			switch a.lw(j) {
			case "war", "offensive", "counteroffensive", "counter-offensive", "invasion", "assault":
				return true
			case "operation":
				// "its special military operation", not "their first
				// operation in Estonia"
				return a.lw(j-1) == "military"
			}
		}
	}
	return false
}
