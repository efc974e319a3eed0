package extractor

import (
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleImplied marks a commitment whose giver is not named in its sentence
// but is the one donor of the text.
const ruleImplied = "frame.implied-donor"

// textDonor returns the donor of a text about one donor: the country (or
// the EU or NATO) of at least two thirds of the commitments of named
// actors found so far, and of at least two of them or named at least twice
// as a subject or a source; "" when there is none.
func (a *analysis) textDonor(cs []news.Commitment) string {
	counts := map[string]int{}
	total := 0
	for _, c := range cs {
		if strings.HasPrefix(c.Actor, "group:") {
			continue
		}
		counts[c.Actor]++
		total++
	}
	best, n := "", 0
	for code, k := range counts {
		if k > n || k == n && code < best {
			best, n = code, k
		}
	}
	if n == 0 || 3*n < 2*total {
		return ""
	}
	if n == 1 {
		named := 0
		for _, am := range a.actors {
			if am.code == best && (am.subject || am.reporter) {
				named++
			}
		}
		if named < 2 {
			return ""
		}
	}
	return best
}

// impliedFrame gives a quantity that no frame links to an actor the donor
// of a text about one donor, when its sentence commits without naming who:
// its subject is "it" or a noun of commitment ("The new package will
// provide funding for …", "It includes 60 boats", "The package is worth
// CAD 95 million"), or the quantity is the subject of a passive of giving
// ("€33 billion is provided in the form of loans"). The sentence names no
// actor other than the donor except after a preposition (a recipient or a
// place), and no person or group. The guess goes to review (confidence
// 0.5).
func (a *analysis) impliedFrame(q *quantity, donor string) (frame, bool) {
	if donor == "" || q.prepped || q.conversion || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	if a.totalAfterIncrease(q) {
		return frame{}, false // "increased by SEK 1 billion, to SEK 6 billion"
	}
	s := a.sents[q.sent]
	for _, am := range a.actorsOf(s) {
		if am.code != donor && (am.subject || am.reporter || am.cls == cGroup || am.person) {
			return frame{}, false
		}
	}
	pkg := a.openingPackageOf(q, s) // "The (military) package of €68 million aims to …"
	for k := max(s.start, pkg.end); k < s.end; k++ {
		if a.has(k, cTitle, cGroupNoun, cReporting, cCasualty) {
			return frame{}, false
		}
	}
	anchor := span{-1, -1}
	// the verb before the quantity, and "it" or a noun of commitment as its subject
	for k := q.start - 1; k > s.start && q.start-k <= 15; k-- {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			break
		}
		if !a.has(k, cTrigger, cDeliveryPast, cNounLink) || a.has(k, cLocPrep, cStop) || a.lw(k) == "a" || a.lw(k) == "an" {
			continue
		}
		if a.commitmentSubject(k, s) {
			anchor = span{k, k + 1}
		}
		break
	}
	if anchor.start < 0 {
		// "€33 billion is provided in the form of loans", "500 soldiers will be deployed"
		for j := q.end + 1; q.start == s.start && j < s.end && j < q.end+4; j++ {
			if a.has(j, cTrigger, cDeliveryPast) && a.has(j-1, cPassiveAux) && (j+1 >= s.end || a.lw(j+1) != "by") {
				anchor = span{j, j + 1}
				break
			}
		}
	}
	if anchor.start < 0 {
		anchor = pkg
	}
	if anchor.start < 0 {
		return frame{}, false
	}
	am := actorMention{code: donor, cls: cCountry, subject: true, sent: q.sent}
	lo, hi := min(anchor.start, q.start), max(anchor.end, q.end)
	f := frame{actors: []actorMention{am}, anchor: anchor, rule: ruleImplied, conf: 0.5,
		window: span{max(s.start, lo-4), min(s.end, hi+3)}}
	if _, ok := a.pastPassiveAfter(hi, s); ok && a.has(anchor.start, cNounLink) {
		f.forced = news.StatusDelivered // "The donation, worth $3 million, was handed over …"
	}
	return f, true
}

// commitmentSubject reports whether the subject of the verb at token v is
// "it" or a noun phrase of commitment: "It includes", "the new package
// will provide", "The total value of the support package is", "the
// largest equipment package in history” includes".
func (a *analysis) commitmentSubject(v int, s span) bool {
	k := v - 1
	for k > s.start && (a.has(k, cSubjectFollower, cPerfectAux, cPassiveAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly")) && !a.has(k, cTriggerNoun) {
		k-- // "will also", "has now"
	}
	for k >= s.start && (a.tx(k) == "”" || a.tx(k) == "\"") {
		k--
	}
	// an apposition of value: "The package, worth £30 million, will fund …"
	if k > s.start && a.tx(k) == "," && a.has(v, cNounLink) && k+1 == v {
		k--
	}
	if k < s.start {
		return false
	}
	if a.lw(k) == "it" {
		// "It includes …" (a verb of giving after "it" is read by subjectFrame)
		return (k == s.start || a.toks[k-1].kind == tPunct || a.lw(k-1) == "and") && !a.has(v, cTrigger, cDeliveryPast, cPassiveAux)
	}
	// the head of the subject, or the noun before "of"/"in" and what follows
	// it ("the largest package in history", "this contribution of $10M")
	head := k
	if !commitmentHead(a, head) {
		for head >= s.start && head > k-6 && a.lw(head) != "of" && a.lw(head) != "in" {
			if !a.claimed[head] && !a.isModifier(head) && a.lw(head) != "the" && a.lw(head) != "a" {
				return false
			}
			head--
		}
		if head <= s.start || a.lw(head) != "of" && a.lw(head) != "in" || !commitmentHead(a, head-1) {
			return false
		}
		head--
	}
	// the phrase before the head holds no actor and no verb of its own
	for j := head - 1; j >= s.start && j >= head-8; j-- {
		if a.actorAt[j] >= 0 && (a.actors[a.actorAt[j]].subject || a.actors[a.actorAt[j]].reporter) {
			return false
		}
		if a.has(j, cTrigger, cReporting) {
			return false // "Britain calls the package …": a clause of its own
		}
	}
	return true
}

// commitmentHead reports whether token j is a noun of commitment that can
// head a subject: "package", "contribution", "aid", "assistance", "funding".
func commitmentHead(a *analysis, j int) bool {
	switch a.lw(j) {
	case "aid", "assistance", "funding":
		return true
	}
	return a.has(j, cTriggerNoun)
}

// packageOwner returns the giver that a sentence without a named actor
// refers to: the donor of a text about one donor, else, when the sentence
// opens with "The package", "This contribution" or "It", the actor of the
// last commitment of the two sentences before ("Sweden announced a package
// worth SEK 3 billion. The package includes 10 howitzers."); "" when none.
func (a *analysis) packageOwner(q *quantity, donor string, done []news.Commitment) string {
	if donor != "" {
		return donor
	}
	s := a.sents[q.sent]
	k := s.start
	head := "it"
	switch a.lw(k) {
	case "it":
	case "the", "this", "that", "its":
		ok := false
		for j := k + 1; j < s.end && j <= k+3; j++ {
			if commitmentHead(a, j) || paymentHead(a.lw(j)) {
				ok, head = true, a.lw(j)
				break
			}
		}
		if !ok {
			return ""
		}
	default:
		return ""
	}
	owner, at := "", -1
	all := done
	if ix := a.syncLines(done); ix.n == len(done) {
		// the first line of the largest start in the two sentences before
		// (a line of no sentence counts for the first two)
		lo := q.sent - 2
		if lo <= -1 {
			lo = -1
		}
		for cj := lo; cj < q.sent; cj++ {
			if j, ok := ix.owner[cj]; ok && done[j].Start > at {
				owner, at = done[j].Actor, done[j].Start
			}
		}
		done = nil
	}
	for _, c := range done {
		if strings.HasPrefix(c.Actor, "group:") {
			continue
		}
		if cj := a.sentAt(c.Start); cj >= q.sent-2 && cj < q.sent && c.Start > at {
			owner, at = c.Actor, c.Start
		}
	}
	if owner != "" && a.jointLines(all, at, owner) {
		return "" // "X and Y said they would help …": the package of both, or of either
	}
	if owner == "" && q.kind == news.KindMoney && givenHead(head) {
		owner = a.announcerBefore(q.sent)
	}
	return owner
}

// jointLines reports whether a line of cs other than owner's, not of a
// group, has its evidence at start: two givers of one sentence. cs is a
// prefix of the text's emitted lines (lineIndex).
func (a *analysis) jointLines(cs []news.Commitment, start int, owner string) bool {
	g, ok := a.syncLines(cs).givers[start]
	return ok && (g.more || g.first != owner)
}

// givenHead reports "it" or a noun of what a donor gives ("package",
// "funding", "aid"), not of a common pot ("fund", "facility") that many
// fill.
func givenHead(w string) bool {
	switch w {
	case "it", "package", "funding", "aid", "assistance", "money", "contribution", "donation", "grant", "support", "pledge":
		return true
	}
	return paymentHead(w) // "the first payment", "the second tranche"
}

// announcerBefore returns the subject country of the sentence before si
// when that sentence commits a noun of commitment without an amount ("The
// Australian government announced a new aid package for the Pacific."):
// the owner of "It includes A$50 million …" after it; "" when none.
func (a *analysis) announcerBefore(si int) string {
	if si < 1 {
		return ""
	}
	s := a.sents[si-1]
	verb, noun := false, false
	for k := s.start; k < s.end; k++ {
		if a.has(k, cTrigger) || adoptVerb(a.lw(k)) {
			verb = true
		}
		if verb && (commitmentHead(a, k) || a.lw(k) == "support") {
			noun = true
		}
	}
	if !verb || !noun {
		return ""
	}
	am, ok := a.antecedent(si-1, 1)
	if !ok || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
		return ""
	}
	return am.code
}

// sentAt returns the index of the sentence that starts at byte offset b,
// or -1.
func (a *analysis) sentAt(b int) int {
	if len(a.sentStartByte) == len(a.sents) {
		if i, ok := slices.BinarySearch(a.sentStartByte, b); ok {
			return i
		}
		return -1
	}
	i := sort.Search(len(a.sents), func(i int) bool { return a.toks[a.sents[i].start].start >= b })
	if i < len(a.sents) && a.toks[a.sents[i].start].start == b {
		return i
	}
	return -1
}
