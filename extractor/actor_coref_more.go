package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// More of the giver outside the sentence (actor_coref.go): a lead of
// saying before an agentless passive, a running total that names its
// recipient, a recipient after modifiers, and goods given under a
// country's aid.

// reportedLead returns the first token after a lead of saying that opens
// sentence s before token end: a pronoun or a short noun phrase with no
// actor, a verb of saying and an optional "that" ("He added that …", "The
// minister said …", "Officials say …"), or "According to" and a source
// with no actor up to a comma ("According to the ministry, …"); s.start
// when there is none.
func (a *analysis) reportedLead(s span, end int) int {
	for k := s.start; k < end && k < s.start+5; k++ {
		if a.actorAt[k] >= 0 || a.toks[k].kind != tWord || a.has(k, cCasualty) ||
			a.has(k, cTrigger, cDeliveryPast) && !a.has(k, cReporting) { // "added" is both
			return s.start
		}
		if k == s.start && a.lw(k) == "according" && k+1 < end && a.lw(k+1) == "to" {
			// "According to the ministry, 40 trucks …": the source up to its comma
			for c := k + 2; c < end && c < k+8; c++ {
				if a.actorAt[c] >= 0 {
					return s.start
				}
				if a.tx(c) == "," {
					return c + 1
				}
			}
			return s.start
		}
		if !a.has(k, cReporting) || k == s.start || a.lw(k) == "according" {
			continue
		}
		if k+1 < end && a.lw(k+1) == "that" {
			return k + 2
		}
		return k + 1
	}
	return s.start
}

// aidToRecipient reports whether the aid noun at j names its recipient
// right after it ("support to Kenya", "aid for the Sudanese") and a word
// of time stands before the amount at end ("now", "so far", "already",
// "since"): the running total of the current donor's giving.
func (a *analysis) aidToRecipient(j, end int) bool {
	if j+2 >= end || a.lw(j+1) != "to" && a.lw(j+1) != "for" {
		return false
	}
	r := j + 2
	if a.lw(r) == "the" {
		r++
	}
	if r >= end || a.actorAt[r] < 0 {
		return false
	}
	for k := r + 1; k < end; k++ {
		switch a.lw(k) {
		case "now", "far", "already", "since":
			return true
		}
	}
	return false
}

// prepBefore returns the preposition before the mention that starts at
// token k, across "the" and up to three lower-case modifiers or hyphens
// ("to flood-hit Pakistan", "for war-torn Sudan", "to the neighbouring
// country"), or -1 when no preposition opens its phrase.
func (a *analysis) prepBefore(k int) int {
	j := k - 1
	for n := 0; j >= 0 && n < 4; n++ {
		w := a.tx(j)
		lower := a.toks[j].kind == tWord && w != "" && w[0] >= 'a' && w[0] <= 'z'
		if w == "-" && a.toks[j].glued || lower && (w == "the" || a.isModifier(j)) && !a.has(j, cLocPrep) {
			j--
			continue
		}
		break
	}
	if j >= 0 && a.has(j, cLocPrep) {
		return j
	}
	return -1
}

// otherGiverBefore reports whether the sentence of q names, before q, a
// country other than code as a subject or a source, or speaks of fighting,
// sales or casualties (noGiftWords): the goods are another's concern.
func (a *analysis) otherGiverBefore(q *quantity, code string) bool {
	s := a.sents[q.sent]
	for _, am := range a.actorsOf(s) {
		if am.start < q.start && am.code != code && (am.subject || am.reporter) && !a.afterPrep(am.start) {
			return true
		}
	}
	if a.stats.sentCls[q.sent]&(1<<cCasualty|1<<cSale) != 0 {
		return true
	}
	for k := s.start; k < s.end; k++ {
		if noGiftWords[a.lw(k)] {
			return true
		}
	}
	return false
}

// headerAgent finds the agent of a passive of giving in list header si:
// "The following aid will be provided by Japan:", "Items donated by the
// EU:" (a country, the EU or NATO after "by", right after a verb of
// giving).
func (a *analysis) headerAgent(si int) (actorMention, bool) {
	s := a.sents[si]
	for _, am := range a.actorsOf(s) {
		b := am.start - 1
		if b > s.start && a.lw(b) == "the" {
			b--
		}
		if b <= s.start || a.lw(b) != "by" || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" || am.cls == cGroup {
			continue
		}
		if a.has(b-1, cTrigger, cDeliveryPast) {
			return am, true
		}
	}
	return actorMention{}, false
}

// pronounSpeaker returns the country of the speaker of a quote that holds
// "we" or "I" at token k when the quote is closed after k and followed by
// "he/she said" or "said he/she": the last person (a leader or a titled
// official) named as a subject or a source in the three sentences before
// ("Norway's minister visited Kyiv. Ukraine asked for more. \"We will
// send 40 trucks,\" she said": Norway, not Ukraine).
func (a *analysis) pronounSpeaker(k int, s span) (actorMention, bool) {
	closed := false
	for j := k + 1; j < s.end; j++ {
		if isQuote(a.tx(j)) && j+1 < s.end {
			closed = true
			continue
		}
		if !closed {
			continue
		}
		w := a.lw(j)
		if (w == "he" || w == "she") && j+1 < s.end && a.has(j+1, cReporting) || a.has(j, cReporting) && j+1 < s.end && (a.lw(j+1) == "he" || a.lw(j+1) == "she") {
			si := a.sentOf(s)
			for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
				acts := a.actorsOf(a.sents[sj])
				for n := len(acts) - 1; n >= 0; n-- {
					if am := acts[n]; am.person && (am.subject || am.reporter) && len(am.code) == 2 {
						return am, true
					}
				}
			}
			return actorMention{}, false
		}
	}
	return actorMention{}, false
}

// budgetForAnchor finds money q of a budget that names a foreign
// recipient: a budget noun opens the sentence as the subject of a verb
// of inclusion or allocation before q, and "for" or "to" and a country
// follow q ("The federal budget includes $200 million for Ukraine", "This
// year's budget saw more than $200 million for Ukraine"). It returns the
// verb's span and the recipient; the giver is the current donor (no
// budget of the recipient's own: the giver must differ from it).
func (a *analysis) budgetForAnchor(q *quantity, s span) (span, string, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return span{}, "", false
	}
	for k := s.start; k < q.start; k++ {
		if a.actorAt[k] >= 0 || a.has(k, cDemonym, cCountry) {
			return span{}, "", false // "The Ukrainian budget includes …": the recipient's own
		}
	}
	b := -1
	for k := s.start; k < q.start && k < s.start+5; k++ {
		if a.lw(k) == "budget" || a.lw(k) == "budgets" {
			b = k
			break
		}
	}
	if b < 0 {
		return span{}, "", false
	}
	v := -1
	for k := b + 1; k < q.start; k++ {
		switch a.lw(k) {
		case "includes", "included", "include", "contains", "contained", "saw", "sees", "allocates", "allocated", "earmarks", "earmarked", "provides", "provided":
			v = k
		}
		if a.actorAt[k] >= 0 || a.toks[k].kind == tNum && k < q.start-1 {
			return span{}, "", false
		}
	}
	if v < 0 || q.start-v > 4 {
		return span{}, "", false
	}
	r := q.end
	if r < s.end && (a.lw(r) == "for" || a.lw(r) == "to") {
		r++
	} else {
		return span{}, "", false
	}
	if r < s.end && a.lw(r) == "the" {
		r++
	}
	n := -1
	if r < s.end {
		n = int(a.actorAt[r])
	}
	if n < 0 || len(a.actors[n].code) != 2 {
		return span{}, "", false
	}
	return span{v, v + 1}, a.actors[n].code, true
}
