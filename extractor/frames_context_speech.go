package extractor

// Context guards on how a frame is said: denied reports, needs, demands of
// another country, estimates, counterfactuals, opinion, history, a
// pronoun that stands for a company, a later clause with its own subject.
// contextGuard (frames_context_guards.go) calls them.

// deniedReport reports a frame inside a report its actor denies: "denied
// a newspaper report that it was preparing to send 2,000 soldiers",
// "dismissed claims that it had supplied drones". (A denied request is a
// refusal and is read by the status cues.)
func (a *analysis) deniedReport(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || !a.sentHas(si, wDenial) {
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
func (a *analysis) needsNotGives(f *frame) bool {
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
func (a *analysis) orgPronoun(f *frame) bool {
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
func (a *analysis) counterfactual(f *frame) bool {
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
func (a *analysis) opinionModal(f *frame) bool {
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

// otherSubjectClause reports a quantity in a later clause with a subject
// of its own: "Sweden to send planes as Russia masses troops", "Norway
// pledged aid while Russia deployed 10,000 soldiers". A conjunction and a
// country that is none of the frame's actors stand between the anchor and
// the quantity.
func (a *analysis) otherSubjectClause(f *frame, q *quantity) bool {
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
func (a *analysis) demandedOf(f *frame) bool {
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

// estimated reports a figure that a speaker only estimates or believes
// about the actor: "Russia has about 600,000 soldiers in Ukraine, he
// estimated", "Iran has sent 400 drones, officials believe". A verb of
// estimation after the frame's verb, not as a modifier ("an estimated €2
// billion"), and a reporter other than the actor decide.
func (a *analysis) estimated(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 || len(f.actors) == 0 || !a.sentHas(si, wEstimate) {
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
func (a *analysis) lastCentury(f *frame) bool {
	si := a.sentOfToken(f.anchor.start)
	if si < 0 {
		return false
	}
	from := a.yearAt(si) // (read once per sentence: frames_context_memo.go)
	if from == memoNone {
		return false
	}
	s := a.sents[si]
	for k := from; k < s.end; k++ {
		if !lastCenturyYear(a.lw(k)) {
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

// yearScan computes yearAt for sentence s.
func (a *analysis) yearScan(s span) int {
	for k := s.start + 1; k < s.end; k++ {
		if lastCenturyYear(a.lw(k)) && (a.lw(k-1) == "in" || a.lw(k-1) == "by" || a.lw(k-1) == "during") {
			return k
		}
	}
	return memoNone
}

// lastCenturyYear reports whether w is a year from 1800 to 1999.
func lastCenturyYear(w string) bool {
	return len(w) == 4 && w[0] == '1' && w[1] >= '8' && w[1] <= '9' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
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

// pastState reports a frame of background history: a past perfect dated
// "by" a year ("The United States had provided $1.3 billion by 2017"), or
// a sentence that opens with "At the time" or "Back then" ("At the time,
// Germany sent helmets"). Cumulative giving in the present perfect ("has
// provided … since 2022") stays.
func (a *analysis) pastState(f *frame) bool {
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
