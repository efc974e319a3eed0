package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// Context guards: classes of news context in which a frame that reads
// like a commitment is none by the conventions (prisoner exchanges,
// military drills, a country's own disaster relief at home, denied
// reports, needs, what a company says it does, counterfactuals, the
// author's proposals in an opinion piece, money for the actor's own
// industry, the size of the actor's own army). Each guard looks at the
// frame's sentence (and at most the one before it) only.

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
)

// contextGuard returns the id of the first context guard that stops frame
// f for quantity q, or "" when none does.
func (a *analysis) contextGuard(f frame, q quantity) string {
	switch {
	case a.captivityContext(q):
		return guardCaptivity
	case a.drillDestination(q):
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
	}
	return ""
}

// captivityContext reports troops counted in a prisoner exchange: "95
// soldiers returned home" after "the two sides swapped prisoners of war".
// A word of captivity in the troops' sentence or the one before it
// decides.
func (a *analysis) captivityContext(q quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) {
		return false
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
func (a *analysis) drillDestination(q quantity) bool {
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
// other country in the sentence: "Greece deployed 500 soldiers to fight
// wildfires", "sent 300 troops to flooded areas". Relief for another
// country names it ("sent 100 soldiers to help Slovenia with floods").
func (a *analysis) homeDisaster(f frame, q quantity) bool {
	if q.kind != news.KindTroops && q.kind != news.KindEquipment || q.sent < 0 || q.sent >= len(a.sents) || len(f.actors) == 0 {
		return false
	}
	s := a.sents[q.sent]
	found := false
	for k := s.start; k < s.end && !found; k++ {
		switch a.lw(k) {
		case "wildfire", "wildfires", "blaze", "blazes", "flood", "floods", "flooded", "flooding", "hurricane", "landslide", "landslides", "snowstorm":
			found = true
		case "fires":
			found = k > s.start && (a.lw(k-1) == "forest" || a.lw(k-1) == "bush")
		}
	}
	return found && a.onlyOwnCountries(f, s)
}

// onlyOwnCountries reports whether sentence s names no country other than
// the actors of frame f: no recipient, no partner (a source, "Ukraine's
// intelligence said", does not count).
func (a *analysis) onlyOwnCountries(f frame, s span) bool {
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

// deniedReport reports a frame inside a report its actor denies: "denied
// a newspaper report that it was preparing to send 2,000 soldiers",
// "dismissed claims that it had supplied drones". (A denied request is a
// refusal and is read by the status cues.)
func (a *analysis) deniedReport(f frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	for j := a.sents[si].start; j < f.anchor.start; j++ {
		switch a.lw(j) {
		case "denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "refuted", "refutes":
		default:
			continue
		}
		for k := j + 1; k < f.anchor.start && k <= j+4; k++ {
			switch a.lw(k) {
			case "report", "reports", "claim", "claims", "rumour", "rumours", "rumor", "rumors", "speculation", "allegation", "allegations", "suggestion", "suggestions":
				return true
			}
		}
	}
	return false
}

// needsNotGives reports an actor that needs or lacks what follows:
// "Ukraine needs 50 more tanks to equip new brigades", "Kyiv still
// requires 500,000 shells". The needer is the recipient, not a donor.
func (a *analysis) needsNotGives(f frame) bool {
	if len(f.actors) == 0 {
		return false
	}
	last := f.actors[len(f.actors)-1].end
	if f.anaphor.end > f.anaphor.start {
		last = f.anaphor.end
	}
	for k := max(0, last); k < f.anchor.start && k < last+3 && k < len(a.toks); k++ {
		switch a.lw(k) {
		case "needs", "need", "needed", "requires", "require", "required", "lacks", "lack", "lacked":
			return true
		}
	}
	return false
}

// orgNoun reports a noun of a non-state organisation that can say "it".
func orgNoun(w string) bool {
	switch w {
	case "bank", "lender", "company", "firm", "group", "charity", "manufacturer", "maker", "carmaker", "insurer",
		"airline", "club", "contractor", "producer", "conglomerate", "operator", "retailer", "startup", "exchange":
		return true
	}
	return false
}

// orgPronoun reports a pronoun frame whose pronoun stands for an
// organisation named just before it: "The bank said it had set aside $900
// million", "the company said that it would supply 50 vehicles".
func (a *analysis) orgPronoun(f frame) bool {
	if f.rule != rulePronoun || f.anaphor.end <= f.anaphor.start {
		return false
	}
	j := f.anaphor.start - 1
	if j >= 0 && a.lw(j) == "that" {
		j--
	}
	if j < 1 || !a.has(j, cReporting) || !orgNoun(a.lw(j-1)) {
		return false
	}
	for _, m := range a.actorsNear(j-1, j-1) {
		if m.start <= j-1 && j-1 < m.end {
			return false // "The World Bank said it": the pronoun's own actor
		}
	}
	return true
}

// counterfactual reports a frame in an unreal past condition: "If the
// West had delivered 300 tanks in 2022, the war might …", "Had Germany
// sent tanks earlier, …".
func (a *analysis) counterfactual(f frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	first := s.start
	for first < f.anchor.start && a.toks[first].kind == tPunct {
		first++
	}
	switch a.lw(first) {
	case "if":
		for k := f.anchor.start - 1; k > first && k >= f.anchor.start-2; k-- {
			if a.lw(k) == "had" {
				return true
			}
		}
	case "had":
		return true
	}
	return false
}

// opinionModal reports the author's proposal in an opinion piece: a modal
// ("should", "could", "ought") between the actor and the verb in a text
// whose headline opens with "Opinion:", "Comment:", "Editorial:" or
// "Analysis:". Hedged news ("Britain could send troops, officials said")
// stays a considering line elsewhere.
func (a *analysis) opinionModal(f frame) bool {
	if len(f.actors) == 0 || !a.opinionText() {
		return false
	}
	last := f.actors[len(f.actors)-1].end
	if f.anaphor.end > f.anaphor.start {
		last = f.anaphor.end
	}
	for k := max(0, last); k < f.anchor.start && k < last+3 && k < len(a.toks); k++ {
		switch a.lw(k) {
		case "should", "could", "ought", "must", "might", "would", "can":
			return true
		}
	}
	return false
}

// opinionText reports whether the text's first line opens with a label of
// opinion or analysis followed by a colon or a bar.
func (a *analysis) opinionText() bool {
	k := 0
	for k < len(a.toks) && k < 3 && a.toks[k].kind == tPunct {
		k++
	}
	if k+1 >= len(a.toks) {
		return false
	}
	switch a.lw(k) {
	case "opinion", "comment", "editorial", "op-ed", "commentary", "column", "analysis", "viewpoint":
	default:
		return false
	}
	d := a.tx(k + 1)
	return d == ":" || d == "|" || d == "—" || d == "–"
}

// industryNoun reports a noun of producers.
func industryNoun(w string) bool {
	switch w {
	case "companies", "company", "producers", "manufacturers", "industry", "firms", "suppliers", "makers", "plants", "factories":
		return true
	}
	return false
}

// ownIndustry reports money or equipment that the actor buys from its own
// producers: "allocated 40 billion hryvnias to buy weapons from Ukrainian
// companies", "signed contracts with domestic producers". Money for another
// country's industry ("to finance donations through the Ukrainian defence
// industry", said of Denmark) is a commitment.
func (a *analysis) ownIndustry(f frame, q quantity) bool {
	if q.kind != news.KindMoney && q.kind != news.KindEquipment || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k < q.end+10; k++ {
		if a.lw(k) != "from" && a.lw(k) != "with" {
			continue
		}
		j := k + 1
		if a.lw(j) == "the" || a.lw(j) == "its" || a.lw(j) == "their" {
			j++
		}
		own := false
		switch a.lw(j) {
		case "domestic", "local", "own", "home-grown", "national":
			own = true
		default:
			m, ok := a.longest(j, s.end, cDemonym)
			if !ok {
				continue
			}
			for _, am := range f.actors {
				own = own || m.value == am.code
			}
			j = m.end - 1
		}
		if !own {
			continue
		}
		for n := j + 1; n < s.end && n <= j+3; n++ {
			if industryNoun(a.lw(n)) {
				return true
			}
		}
	}
	return false
}

// ownForceSize reports troops that give the new size of the actor's own
// armed forces: "Poland to expand its army to 300,000 soldiers", "will
// grow the military to 200,000 troops". A country between the verb and
// the number ("increase its forces in Lithuania to 5,000") makes it a
// deployment abroad.
func (a *analysis) ownForceSize(f frame, q quantity) bool {
	if q.kind != news.KindTroops || q.num == nil || f.anchor.end > q.start || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	if q.start-1 <= s.start || a.lw(q.start-1) != "to" && !(a.has(q.start-1, cQualifier) && a.lw(q.start-2) == "to") {
		return false
	}
	force := false
	for k := f.anchor.end; k < q.start; k++ {
		switch a.lw(k) {
		case "army", "armed", "military", "navy", "forces":
			force = true
		}
	}
	if !force {
		return false
	}
	for _, m := range a.actorsNear(f.anchor.end, q.start) {
		if m.start >= f.anchor.end && m.end <= q.start {
			return false
		}
	}
	return true
}

// domesticSubsidy reports money given as subsidies or tax breaks with no
// other country in the sentence: "The Polish government will provide 500
// million zlotys in subsidies for the plant". It is domestic spending.
func (a *analysis) domesticSubsidy(f frame, q quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k < s.end && k <= q.end+3; k++ {
		switch a.lw(k) {
		case "subsidies", "subsidy", "incentives", "tax":
			return a.onlyOwnCountries(f, s)
		case "in", "of", "as", "state", "public":
			continue
		}
		return false
	}
	return false
}

// serviceProcurement reports equipment that an armed service of the actor
// adds or buys for itself: "The Royal Navy plans to add five frigates",
// "the army will acquire 40 howitzers". A service that sends, gives or
// delivers is read by the other frames.
func (a *analysis) serviceProcurement(f frame, q quantity) bool {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "add", "adds", "added", "adding", "acquire", "acquires", "acquired", "order", "orders", "ordered",
		"buy", "buys", "bought", "procure", "procures", "procured", "receive", "receives", "received", "field", "fields", "fielded":
	default:
		return false
	}
	for _, am := range f.actors {
		for k := am.start; k < am.end; k++ {
			switch a.lw(k) {
			case "navy", "army", "armed", "military", "corps", "guard":
				return true
			}
			if a.lw(k) == "force" && k > am.start && a.lw(k-1) == "air" {
				return true
			}
		}
	}
	return false
}

// coDevelopment reports an agreement to develop or produce something
// together with no other country named: "Italy's Leonardo signed an
// agreement to jointly develop a new helicopter". Industry cooperation is
// no gift; with a partner country named ("Germany and Ukraine agreed to
// produce drones together") the other frames decide.
func (a *analysis) coDevelopment(f frame) bool {
	if len(f.actors) == 0 || f.anchor.start >= len(a.toks) {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "sign", "signs", "signed", "signing", "agree", "agrees", "agreed":
	default:
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := f.anchor.end; k+1 < s.end && k < f.anchor.end+10; k++ {
		if a.lw(k) != "to" {
			continue
		}
		j := k + 1
		if a.lw(j) == "jointly" || a.lw(j) == "together" || a.lw(j) == "co" {
			j++
		}
		switch a.lw(j) {
		case "develop", "co-develop", "produce", "co-produce", "build", "manufacture", "design":
			return a.onlyOwnCountries(f, s)
		}
	}
	return false
}

// otherSubjectClause reports a quantity in a later clause with a subject
// of its own: "Sweden to send planes as Russia masses troops", "Norway
// pledged aid while Russia deployed 10,000 soldiers". A conjunction and a
// country that is none of the frame's actors stand between the anchor and
// the quantity.
func (a *analysis) otherSubjectClause(f frame, q quantity) bool {
	if len(f.actors) == 0 || f.anchor.end > q.start || q.start-f.anchor.end > 12 {
		return false
	}
	for k := f.anchor.end; k+1 < q.start; k++ {
		switch a.lw(k) {
		case "as", "while", "whereas", "after", "when", "because", "since", "but":
		default:
			continue
		}
		j := k + 1
		if a.lw(j) == "the" {
			j++
		}
		for _, m := range a.actorsNear(j, j) {
			if m.start != j || m.end > q.start || len(m.code) != 2 {
				continue
			}
			own := false
			for _, am := range f.actors {
				own = own || am.code == m.code
			}
			if !own {
				return true
			}
		}
	}
	return false
}

// demandedOf reports a frame whose actor is only what someone else
// demands or urges of it: "Russia has demanded that Ukraine withdraw its
// forces", "Moscow insists that Kyiv pull its troops back". A demand
// verb, and at most "that", stand right before the actor.
func (a *analysis) demandedOf(f frame) bool {
	if len(f.actors) == 0 || f.anaphor.end > f.anaphor.start {
		return false
	}
	k := f.actors[0].start - 1
	if k >= 0 && a.lw(k) == "that" {
		k--
	}
	if k < 0 {
		return false
	}
	switch a.lw(k) {
	case "demanded", "demands", "demand", "demanding", "insisted", "insists", "insist", "insisting":
		return true
	}
	return false
}

// frontLine reports troops moved to, from or along the front line of a
// war the actor fights at home: "a brigade has been withdrawn from the
// front line for rest", "rotated several brigades out of the sector". No
// other country is named in the sentence.
func (a *analysis) frontLine(f frame, q quantity) bool {
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

// ownPurchase reports money that pays for the actor's own purchase from a
// seller: "Germany has signed a contract worth $3.5 billion to buy the
// missile system from Israel". The price is not a commitment (the buyer
// pays); money to buy arms for another country ("to buy shells for
// Ukraine") names it after something else than "from" and stays.
func (a *analysis) ownPurchase(f frame, q quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	buy := false
	for k := q.end; k+1 < s.end && k <= q.end+4 && !buy; k++ {
		if a.lw(k) != "to" {
			continue
		}
		switch a.lw(k + 1) {
		case "buy", "purchase", "acquire", "procure":
			buy = true
		}
	}
	if !buy {
		return false
	}
	sellers := 0
	for _, m := range a.actorsNear(s.start, s.end) {
		if m.start < s.start || m.end > s.end || len(m.code) != 2 {
			continue
		}
		own := false
		for _, am := range f.actors {
			own = own || am.code == m.code
		}
		if own {
			continue
		}
		if m.start > 0 && a.lw(m.start-1) == "from" {
			sellers++
			continue
		}
		return false
	}
	return sellers > 0
}

// ownWar reports troops fighting the war of their own country: "700,000
// Russian soldiers were taking part in its special military operation",
// "troops taking part in their offensive". "its" or "their" before a noun
// of war follows the troops closely. (Troops in "the NATO mission" are a
// deployment.)
func (a *analysis) ownWar(q quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := q.end; k+1 < s.end && k <= q.end+10; k++ {
		if a.lw(k) != "its" && a.lw(k) != "their" {
			continue
		}
		for j := k + 1; j < s.end && j <= k+3; j++ {
			switch a.lw(j) {
			case "war", "offensive", "counteroffensive", "counter-offensive", "invasion", "operation", "assault", "campaign":
				return true
			}
		}
	}
	return false
}

// estimated reports a figure that a speaker only estimates or believes
// about the actor: "Russia has about 600,000 soldiers in Ukraine, he
// estimated", "Iran has sent 400 drones, officials believe". A verb of
// estimation after the frame's verb, not as a modifier ("an estimated €2
// billion"), and a reporter other than the actor decide.
func (a *analysis) estimated(f frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || len(f.actors) == 0 {
		return false
	}
	s := a.sents[si]
	// after the verb: the attribution "…, he estimated" (a relative "which
	// believes" before it describes the actor)
	for k := f.anchor.end; k < s.end; k++ {
		switch a.lw(k) {
		case "estimated", "estimates", "estimate", "reckons", "reckoned", "believes", "believe", "believed", "guessed", "guesses":
		default:
			continue
		}
		if k > s.start {
			switch a.lw(k - 1) {
			case "an", "the", "is", "are", "was", "were", "be", "been", "by", "latest", "conservative":
				continue // "an estimated €2 billion", "is estimated to", "by some estimates"
			}
		}
		for _, am := range f.actors {
			if am.start < k && k-am.end <= 1 {
				return false // "Britain estimated that it has sent …": its own account
			}
		}
		// a closing attribution: "…, he estimated.", "…, officials
		// believe on Monday."
		end := s.end
		for end > k+1 && a.toks[end-1].kind == tPunct {
			end--
		}
		return end-k <= 4
	}
	return false
}

// lastCentury reports a frame dated "in" or "by" a year of the last
// century: "In 1914, Britain sent 100,000 soldiers to France", "by 1995
// NATO had deployed 60,000 troops". History is no commitment of today's
// news ("has given … since 1991" is cumulative giving and stays).
func (a *analysis) lastCentury(f frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	for k := s.start + 1; k < s.end; k++ {
		w := a.lw(k)
		if len(w) != 4 || w[0] != '1' || w[1] < '8' || w[1] > '9' || w[2] < '0' || w[2] > '9' || w[3] < '0' || w[3] > '9' {
			continue
		}
		switch a.lw(k - 1) {
		case "in", "by", "during":
		default:
			continue
		}
		if k < f.anchor.start || !a.laterClause(f.anchor.end, k) {
			return true
		}
	}
	return false
}

// laterClause reports whether a relative or temporal clause opens between
// tokens from and to: "…, its first deployment since the army was founded
// in 1955" dates the army, not the deployment.
func (a *analysis) laterClause(from, to int) bool {
	for j := from; j < to; j++ {
		switch a.lw(j) {
		case "since", "which", "that", "when", "was", "were", "first", "founded", "created", "established", ",":
			return true
		}
	}
	return false
}

// beneficiaryNoun reports a noun of domestic beneficiaries.
func beneficiaryNoun(w string) bool {
	switch w {
	case "households", "corporate", "pensioners", "consumers", "taxpayers",
		"motorists", "homeowners", "employers", "savers", "landlords", "tenants":
		return true
	}
	return false
}

// domesticBeneficiary reports money for the actor's own households,
// firms or farmers, with no other country (or its demonym) in the
// sentence: "Italy set aside €5 billion to help households pay energy
// bills", "guaranteed €300 billion of corporate loans". Help for "Ukrainian
// households" names the other country and stays.
func (a *analysis) domesticBeneficiary(f frame, q quantity) bool {
	if q.kind != news.KindMoney || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	found := false
	for k := s.start; k < s.end && !found; k++ {
		found = beneficiaryNoun(a.lw(k))
	}
	if !found || !a.onlyOwnCountries(f, s) {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if m, ok := a.longest(k, s.end, cDemonym, cCountry); ok {
			own := false
			for _, am := range f.actors {
				own = own || am.code == m.value
			}
			if !own {
				return false
			}
		}
	}
	return true
}

// spendingRank reports money of a ranking of what countries spend on
// themselves: "The United States spent $916 billion, followed by China
// with $296 billion". The ranked sums are budgets, not gifts.
func (a *analysis) spendingRank(f frame) bool {
	if f.rule != ruleFollowedBy {
		return false
	}
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	for k := a.sents[si].start; k < f.anchor.start; k++ {
		switch a.lw(k) {
		case "spent", "spends", "spending", "spend", "budget", "budgets", "expenditure":
			return true
		}
	}
	return false
}

// equipmentToOwnRegion reports equipment moved within the actor's own
// country: "deployed troops to its Kursk region and brought in dozens of
// artillery systems", "moved 40 tanks to its southern border". A
// preposition of movement, "its" or "their", at most two names or place
// adjectives and a noun of region stand in the sentence, which names no
// other country.
func (a *analysis) equipmentToOwnRegion(f frame, q quantity) bool {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	for k := s.start + 1; k+1 < s.end; k++ {
		if a.lw(k) != "its" && a.lw(k) != "their" || !towardsOwn(a.lw(k-1)) {
			continue
		}
		for j := k + 1; j < s.end && j <= k+3; j++ {
			switch a.lw(j) {
			case "region", "regions", "province", "provinces", "oblast", "border", "borders", "frontier", "territory", "enclave", "exclave":
				return a.onlyOwnCountries(f, s)
			}
			if !a.upper(j) && !a.has(j, cPlaceAdj) {
				break
			}
		}
	}
	return false
}

// armySize reports a presence frame that only gives the size of the
// actor's forces: "The Bundeswehr has 181,000 soldiers in total",
// "Estonia has 7,000 soldiers in active service". A word of size ("in
// total", "active", "regular") must follow "has" and the troops; troops
// somewhere ("has 1,500 troops in Chad", "has 900 soldiers there",
// "stationed") are a presence.
func (a *analysis) armySize(f frame, q quantity) bool {
	if q.kind != news.KindTroops || f.rule != rulePresence || q.sent < 0 || q.sent >= len(a.sents) || q.start < f.anchor.end || q.start > f.anchor.end+2 {
		return false
	}
	switch a.lw(f.anchor.start) {
	case "has", "have", "had":
	default:
		return false
	}
	s := a.sents[q.sent]
	size := false
	for k := f.anchor.end; k < s.end && k <= q.end+3; k++ {
		switch a.lw(k) {
		case "total", "all", "active", "regular", "active-duty", "reservists", "reserves", "wartime":
			size = true
		}
	}
	if !size {
		return false
	}
	for k := q.end; k < s.end; k++ {
		switch a.lw(k) {
		case "there", "abroad", "overseas", "stationed", "deployed", "based", "serving", "present", "posted":
			return false
		}
		if a.has(k, cLocPrep) && a.lw(k) != "of" {
			for _, m := range a.actorsNear(k+1, k+3) {
				if m.start > k && m.start <= k+3 {
					return false // "in Chad", "in the Baltic states"
				}
			}
		}
	}
	return true
}

// forOwnForces reports troops named as the beneficiary of a purchase:
// "buying 12 new fighter jets for its own air force", "rifles for their
// own soldiers". ("will send its own troops" names no beneficiary.)
func (a *analysis) forOwnForces(q quantity) bool {
	if q.kind != news.KindTroops || q.start < 3 || q.sent < 0 || q.sent >= len(a.sents) || q.start-3 < a.sents[q.sent].start {
		return false
	}
	s := a.sents[q.sent]
	// back over "own" and modifiers ("its own air force") to "its"
	k := q.start
	for n := 0; n < 3 && k-1 > s.start && a.lw(k-1) != "its" && a.lw(k-1) != "their"; n++ {
		if a.toks[k-1].kind != tWord {
			return false
		}
		k--
	}
	return k-2 >= s.start && (a.lw(k-1) == "its" || a.lw(k-1) == "their") && a.lw(k-2) == "for" &&
		(a.lw(k) == "own" || a.lw(k+1) == "own")
}

// pastState reports a frame of background history: a past perfect dated
// "by" a year ("The United States had provided $1.3 billion by 2017"), or
// a sentence that opens with "At the time" or "Back then" ("At the time,
// Germany sent helmets"). Cumulative giving in the present perfect ("has
// provided … since 2022") stays.
func (a *analysis) pastState(f frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	s := a.sents[si]
	first := s.start
	for first < s.end && a.toks[first].kind == tPunct {
		first++
	}
	if first+2 < s.end {
		switch a.lw(first) + " " + a.lw(first+1) {
		case "at the", "back then":
			if a.lw(first+1) == "then" || a.lw(first+2) == "time" {
				return true
			}
		case "at that":
			if a.lw(first+2) == "time" {
				return true
			}
		}
	}
	if f.anchor.start < 1 || a.lw(f.anchor.start-1) != "had" && !(f.anchor.start >= 2 && a.lw(f.anchor.start-2) == "had") {
		return false
	}
	for k := f.anchor.end; k+1 < s.end; k++ {
		w := a.lw(k + 1)
		if a.lw(k) == "by" && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
			return true
		}
	}
	return false
}
