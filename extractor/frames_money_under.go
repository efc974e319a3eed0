package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleUnderProgramme names money granted under a country's programme:
// "grant funding of US$84,158 under the Government of Japan's Grassroots
// Grant Programme".
const ruleUnderProgramme = "frame.money-under-programme"

// programmeNoun reports whether w names a country's vehicle of giving.
func programmeNoun(w string) bool {
	switch w {
	case "programme", "program", "programmes", "programs", "scheme", "fund", "facility", "initiative", "project", "projects", "window":
		return true
	}
	return false
}

// underProgrammeFrame matches money of a grant or aid noun followed by
// "under" a country's programme: "a grant of $50,000 under Japan's
// Grassroots Grant Programme", "funding of €2 million under the EU's
// Peace Facility". The owner of the programme gave it. The amount must
// follow a money noun ("grant (funding) of", "aid worth") or be followed
// by one ("$2 million in grants under …"), and the owner must be a country
// (or the EU) written with "'s", within six tokens after "under", followed
// by a programme noun within five more.
func (a *analysis) underProgrammeFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindMoney || q.num == nil {
		return frame{}, false
	}
	k := q.end
	money := false
	if p := q.start - 1; p-1 >= s.start && (a.lw(p) == "of" || a.lw(p) == "worth") && a.has(p-1, cMoneyObject, cTriggerNoun) {
		money = true
	}
	if k < s.end && a.lw(k) == "in" {
		for j := k + 1; j < s.end && j <= k+3; j++ {
			if a.has(j, cMoneyObject) {
				money, k = true, j+1
				break
			}
		}
	}
	if !money || k >= s.end || a.lw(k) != "under" {
		return a.programmeBeforeFrame(q, s)
	}
	for j := k + 1; j < s.end && j <= k+6; j++ {
		n := a.actorAt[j]
		if n < 0 || a.actors[n].start != j {
			continue
		}
		am := a.actors[n]
		if len(am.code) != 2 && am.code != "EU" {
			return frame{}, false
		}
		after, ok := a.isPossessive(am.end, s.end)
		if !ok {
			return frame{}, false
		}
		for p := after; p < s.end && p <= after+5; p++ {
			if programmeNoun(a.lw(p)) {
				return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleUnderProgramme,
					window: span{max(s.start, q.start-6), p + 1}, conf: 0.65}, true
			}
		}
		return frame{}, false
	}
	return frame{}, false
}

// titleOfAgent returns the country of an agent written as a title "of" a
// country at token k: "the emir of Kuwait", "the prime minister of
// Japan", "the government of Norway" (up to three lower-case words before
// "of", one of them a title). It returns nil otherwise.
func (a *analysis) titleOfAgent(k int, s span) []actorMention {
	if k < s.end && a.lw(k) == "the" {
		k++
	}
	j := k
	for j < s.end && j-k < 3 && a.toks[j].kind == tWord && a.lw(j) != "of" && !a.has(j, cStop) && a.actorAt[j] < 0 {
		j++
	}
	if j == k || j+1 >= s.end || a.lw(j) != "of" {
		return nil
	}
	title := false
	for p := k; p < j; p++ {
		switch a.lw(p) {
		case "emir", "sultan", "monarch", "sheikh", "prince":
			title = true
		}
		if a.has(p, cTitle) {
			title = true
		}
	}
	if !title {
		return nil // "by the people of Japan", "by the port of Kenya"
	}
	n := a.actorAt[j+1]
	if n < 0 || a.actors[n].start != j+1 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
		return nil
	}
	return []actorMention{a.actors[n]}
}

// programmeBeforeFrame matches money that values what was done under a
// country's programme named before it: "facilitated under Japan's
// Official Security Assistance for Fiscal Year 2023 worth 600 million
// yen". "under", the owner with "'s", a money noun ("aid", "assistance"), and
// "worth" or "of" right before the amount lie within twelve tokens, with
// no punctuation or verb of commitment between.
func (a *analysis) programmeBeforeFrame(q *quantity, s span) (frame, bool) {
	p := q.start - 1
	if p <= s.start || a.lw(p) != "worth" && a.lw(p) != "of" {
		return frame{}, false
	}
	noun := false
	for k := p - 1; k > s.start && p-k <= 12; k-- {
		if a.toks[k].kind == tPunct && !isApostropheText(a.tx(k)) || a.has(k, cClauseBreak, cTrigger, cDeliveryPast) && !a.has(k, cMoneyObject) {
			return frame{}, false
		}
		if a.has(k, cMoneyObject) {
			noun = true // "grant aid programme", "Official Security Assistance"
		}
		if a.lw(k) != "under" {
			continue
		}
		n := a.actorAt[k+1]
		if j := k + 1; j < s.end && a.lw(j) == "the" {
			n = a.actorAt[j+1]
		}
		if n < 0 || len(a.actors[n].code) != 2 && a.actors[n].code != "EU" {
			return frame{}, false
		}
		am := a.actors[n]
		if _, ok := a.isPossessive(am.end, s.end); !ok || !noun {
			// a programme known as the country's agency: "Japan's
			// Official Security Assistance" is one actor mention
			if !a.has(am.end-1, cMoneyObject) || am.end-am.start < 2 {
				return frame{}, false
			}
		}
		return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: ruleUnderProgramme,
			window: span{max(s.start, k-6), q.end}, conf: 0.6}, true
	}
	return frame{}, false
}

// permissionAfter reports whether what a receiving verb ending before
// token k gives is a permission, not money: "was given the go-ahead for
// $1.3 billion", "was granted approval to buy", "was given to go ahead
// for" (an infinitive right after the verb). lim is where the money starts.
func (a *analysis) permissionAfter(k, lim int) bool {
	if k >= lim {
		return false
	}
	if a.lw(k) == "to" {
		return true
	}
	if w := a.lw(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	for ; k < lim && k < len(a.toks); k++ {
		switch a.lw(k) {
		case "go-ahead", "approval", "permission", "clearance", "nod", "authorisation", "authorization", "licence", "license", "green":
			return true
		case "go":
			return k+2 < lim && a.lw(k+1) == "-" && a.lw(k+2) == "ahead"
		}
		return false
	}
	return false
}
