package extractor

import (
	"cmp"
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Bare numbers that stand for troops: in a sentence that counts troops
// already, a number whose noun is understood becomes a troop quantity
// (troopEllipsis): a second destination ("1,500 troops to Romania and 200
// to Estonia"), a list ended by "respectively", a demonym as the noun, a
// number sent or a new total, troops already in place, and a count after
// "from" and a country or after "has".

// troopEllipsis turns bare numbers that stand for troops into troop
// quantities, in a sentence that counts troops already: "about 341 troops
// from the Philippines and 193 from India" (a number before "from" and a
// country), "Nepal has 4,300 peacekeepers, India has 4,100" (a number
// after "has" or "with" at the end of its clause). Years, numbers before
// a noun and numbers after a preposition of time stay numbers.
func (a *analysis) troopEllipsis() {
	var added []quantity
	for _, p := range a.numbers {
		if p.value < 2 || p.scaled || a.isYear(p.start) || a.has(p.end, cCasualty) {
			continue // "4%", "2 per cent", "30 killed"
		}
		si := a.sentIndex(p.start)
		if si < 0 {
			continue
		}
		s := a.sents[si]
		// the troops of the sentence or the one before: numbered ones give
		// the noun; a bracketed count also takes troops without a number
		var item, vague string
		for _, q := range a.quantsOfSents(si-1, si) {
			if (q.sent == si || q.sent == si-1) && q.kind == news.KindTroops {
				if q.num != nil {
					item = q.item
					break
				}
				vague = q.item
			}
		}
		after := p.end
		add := func(end int, item string) {
			added = append(added, quantity{span: span{p.start, end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item})
		}
		// "Serbia (48), Australia (15)" in a sentence about personnel
		if item+vague != "" && p.start-1 > s.start && a.tx(p.start-1) == "(" && after < s.end && a.tx(after) == ")" &&
			(a.actorEndingAt(p.start-2, s) >= 0 || item != "" && missionWord(a.lw(p.start-2))) {
			add(p.end, cmp.Or(item, vague))
			continue
		}
		// "raising the upper limit to 600, from 450": a troop ceiling
		if a.troopCeiling(p, s, item+vague != "") {
			add(p.end, cmp.Or(item, vague, "troops"))
			continue
		}
		if item == "" {
			// "will increase its troops in Estonia to 1,800": a new total
			// of troops named without a number
			if vague != "" && a.newTotal(p, s) {
				add(p.end, vague)
			}
			continue
		}
		switch {
		// "send 1,500 troops to Romania and 200 to Estonia": the number
		// of a second destination
		case a.parallelDestination(p, s):
			add(p.end, item)
		// "Jamaica and the Bahamas will send 200 and 150 respectively"
		case a.bareRespectively(p, s):
			add(p.end, item)
		// "with 265, 157 and 77 soldiers respectively"
		case after+1 < s.end && (a.tx(after) == "," || a.lw(after) == "and") && a.enumeratesTroops(after, s):
			add(p.end, item)
		// "In this battalion, there are 700 French.": a demonym as the noun
		case a.demonymNoun(after, s) > after:
			add(a.demonymNoun(after, s), item)
		// "will send an additional 200", "after sending three", "150 more",
		// "lift the number to nearly 400": the noun is understood
		case a.sentNumber(p, s) || a.newTotal(p, s):
			add(p.end, item)
		// "217 officers would join around 400 previously sent", "the 900
		// already in the country": troops in place, the noun understood
		case a.alreadyThere(after, s):
			add(p.end, item)
		// "the roughly 900 U.S. already in the country", "the 900 British
		// already there": the country names the troops
		case a.ownerThenAlready(after, s) > after:
			add(a.ownerThenAlready(after, s), item)
		// "341 troops from the Philippines and 193 from India"
		case after+1 < s.end && a.lw(after) == "from" && a.actorEndingAt(after+1, s) >= 0,
			after+2 < s.end && a.lw(after) == "from" && a.lw(after+1) == "the" && a.actorEndingAt(after+2, s) >= 0:
			add(p.end, item)
		// "Nepal has 4,300 peacekeepers, India has 4,100"
		case (after >= s.end || a.toks[after].kind == tPunct || a.lw(after) == "and") && p.start > s.start &&
			(a.lw(p.start-1) == "has" || a.lw(p.start-1) == "have" || a.lw(p.start-1) == "with"):
			add(p.end, item)
		// "France has 5,100 soldiers in the Sahel, and Germany has 1,000 in Mali"
		case a.parallelHolding(p, s):
			add(p.end, item)
		// "100 observers, of whom up to 15 will be German"
		case a.ofWhomShare(p, s):
			add(p.end, item)
		// "Spain has 600 troops in Lebanon. Another 100 will arrive in June."
		case a.moreWillFollow(p, s):
			add(p.end, item)
		}
	}
	a.quants, a.quantSpare = insertByStart(a.quants, added, a.quantSpare)
}

// parallelDestination reports whether the bare number p, after "and" or
// a comma, is followed by "to" or "in" and a country, as a numbered troop
// quantity before it in s is: "1,500 troops to Romania and 200 to
// Estonia".
func (a *analysis) parallelDestination(p numPhrase, s span) bool {
	dest := func(k int) bool {
		if k+1 >= s.end || a.lw(k) != "to" && a.lw(k) != "in" {
			return false
		}
		k++
		if a.lw(k) == "the" && k+1 < s.end {
			k++
		}
		n := a.actorEndingAt(k, s)
		if n >= 0 && a.actors[n].start == k && a.actors[n].cls != cDemonym {
			return true
		}
		// "350 troops in NATO's Kosovo mission and 150 in the UN's
		// Cyprus mission": a mission as the destination
		return a.missionWithin(k, s, 5) >= 0
	}
	if p.start-1 <= s.start || a.lw(p.start-1) != "and" && a.tx(p.start-1) != "," || !dest(p.end) {
		return false
	}
	for _, q := range a.quantsOf(a.sentIndex(p.start)) {
		if q.sent == a.sentIndex(p.start) && q.kind == news.KindTroops && q.num != nil && q.end < p.start && dest(q.end) {
			return true
		}
	}
	return false
}

// bareRespectively reports whether the bare number p starts or continues
// a list of bare numbers, joined by commas and "and", that "respectively"
// ends: "will send 200 and 150 respectively".
func (a *analysis) bareRespectively(p numPhrase, s span) bool {
	k := p.end
	for k < s.end {
		if a.lw(k) == "respectively" {
			return true
		}
		if a.tx(k) != "," && a.lw(k) != "and" {
			return false
		}
		k++
		if k < s.end && a.lw(k) == "respectively" {
			return true
		}
		next := -1
		for _, o := range a.numbersNear(k, k) {
			if o.start == k {
				next = o.end
				break
			}
		}
		if next < 0 {
			return false
		}
		k = next
	}
	return false
}

// demonymNoun returns the end of a demonym used as a noun at token k, at
// the end of its clause ("there are 700 French."), or k.
func (a *analysis) demonymNoun(k int, s span) int {
	if m, ok := a.longest(k, s.end, cDemonym); ok && len(m.value) == 2 && (m.end >= s.end || a.toks[m.end].kind == tPunct) {
		return m.end
	}
	return k
}

// sentIndex returns the index of the sentence holding token k, or -1.
func (a *analysis) sentIndex(k int) int {
	i := a.sentAfter(k)
	if i < len(a.sents) && a.sents[i].start <= k {
		return i
	}
	return -1
}

// enumeratesTroops reports whether numbers joined by commas and "and"
// from token k lead to a troop quantity: ", 157 and 77 soldiers".
func (a *analysis) enumeratesTroops(k int, s span) bool {
	for k < s.end && (a.tx(k) == "," || a.lw(k) == "and") {
		k++
		if k >= s.end || a.toks[k].kind != tNum {
			return false
		}
		for _, q := range a.quantsNear(k, k) {
			if q.start == k && q.kind == news.KindTroops && q.num != nil {
				return true
			}
		}
		for _, p := range a.numbersNear(k, k) {
			if p.start == k {
				k = p.end
				break
			}
		}
		if k >= s.end || a.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// sentNumber reports whether the bare number p is what a verb of sending
// sends, or "N more": "will send an additional 200 to help", "after
// sending three", "150 more". Nothing but a preposition, "more" or
// punctuation may follow it.
func (a *analysis) sentNumber(p numPhrase, s span) bool {
	after := p.end
	if after < s.end && a.lw(after) == "more" {
		after++
		if p.end+1 < s.end && a.toks[after-1].kind == tWord && after < s.end && a.toks[after].kind == tWord && !a.has(after, cLocPrep) {
			return false // "150 more soldiers" is a quantity already
		}
		return true
	}
	if after < s.end && a.toks[after].kind != tPunct && !a.has(after, cLocPrep) {
		return false
	}
	k := p.start - 1
	for k > s.start && (a.lw(k) == "an" || a.lw(k) == "a" || a.lw(k) == "additional" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "extra") {
		k--
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed", "dispatch", "dispatched", "dispatching":
		return true
	}
	return false
}

// newTotal reports whether the bare number p is the total after a verb
// of increase and "to": "boost it by 300 to around 500", "lift the number
// to nearly 400". The increment after "by" is not a commitment.
func (a *analysis) newTotal(p numPhrase, s span) bool {
	k := p.start - 1
	// "from 900 to 1,800" is read as one range that keeps the new total
	fromTo := k > s.start && a.lw(k) == "from" && slices.ContainsFunc(a.toks[p.start:p.end], func(t token) bool { return a.text[t.start:t.end] == "to" })
	if k <= s.start || a.lw(k) != "to" && !fromTo {
		return false
	}
	if p.end < s.end && a.toks[p.end].kind == tWord && !a.has(p.end, cLocPrep) {
		return false
	}
	for j := k - 1; j >= s.start && k-j <= 12; j-- {
		if a.has(j, cClauseBreak) || a.tx(j) == "," {
			return false
		}
		w := a.lw(j)
		if measureWord(w) {
			return false // "raised the age limit for soldiers to 60": no troops
		}
		for _, v := range []string{"boost", "increas", "rais", "lift", "expand", "reinforc", "bring", "brought", "grow", "doubl"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// alreadyThere reports whether "already" or "previously" and a participle
// of sending or presence, or a place, follow token k: "400 previously
// sent", "900 already in the country", "300 already deployed there"; also
// after a relative pronoun and an auxiliary ("1,700 who are already
// there", "400 that were previously deployed", "1,700 who already are
// assembling there").
func (a *analysis) alreadyThere(k int, s span) bool {
	if k+2 < s.end && (a.lw(k) == "who" || a.lw(k) == "that") {
		k++
		k = a.skipAux(k, s)
	}
	if k+1 >= s.end || a.lw(k) != "already" && a.lw(k) != "previously" {
		return false
	}
	k = a.skipAux(k+1, s)
	if k >= s.end {
		return false
	}
	switch w := a.lw(k); w {
	case "in", "there", "on", "at", "sent", "deployed", "stationed", "based", "dispatched", "serving",
		"assembling", "assembled", "gathered", "positioned", "present", "here":
		return true
	}
	return false
}
