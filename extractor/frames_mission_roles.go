package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Roles of a country in a mission other than sending a team: helping
// another with it, replacing another in it, hosting its command, its
// forces giving a kind of support, and leading a troop unit.

// ruleHelpWithMission names the support of a country that helps another
// with an operation: "France will help the United States with the naval
// mission"; "will not help …" is declined.
const ruleHelpWithMission = "frame.help-with-mission"

// helpWithMissionFrames finds "help <country> with the <operation>" and
// gives its subject a support line for the operation. The help of a
// country with a kind of support ("help Ukraine with demining") is
// toSupportFrame's.
func (a *analysis) helpWithMissionFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if !a.sentHas(si, wHelpVerb) || a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			v, ok := a.helpCountryWith(k, s)
			if !ok {
				continue
			}
			j := v.end
			if j < s.end && (a.lw(j) == "the" || a.lw(j) == "a" || a.lw(j) == "its" || a.lw(j) == "their") {
				j++
			}
			op, ok := a.longest(j, s.end, cOperationNoun)
			if !ok || a.diplomaticEffort(j, op) {
				continue
			}
			item := "help with " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			f, q, ok := a.roleSubjectFrame(v, s, si, span{op.start, op.end}, item, ruleHelpWithMission)
			if !ok {
				continue
			}
			emit(f, q, item)
			k = op.end - 1
		}
	}
}

// roleSubjectFrame is the line of a country with a role in a mission:
// the subject of verb v (subjectFrame, an active or pronoun subject only)
// gets, under rule at confidence 0.5, a support line for the words r of
// sentence si that name the role ("the naval mission", "the new
// command"), called item; the frame's window runs to r's end.
func (a *analysis) roleSubjectFrame(v match, s span, si int, r span, item, rule string) (frame, quantity, bool) {
	f, ok := a.subjectFrame(v, s)
	if !ok || f.rule != ruleActive && f.rule != rulePronoun {
		return frame{}, quantity{}, false
	}
	f.rule, f.conf = rule, 0.5
	f.window = span{f.window.start, r.end}
	return f, quantity{span: r, kind: news.KindSupport, sent: si, item: item}, true
}

// replaceVerb reports whether w is a form of "replace" or "relieve".
func replaceVerb(w string) bool {
	switch w {
	case "replace", "replaces", "replaced", "replacing", "relieve", "relieves", "relieved", "relieving":
		return true
	}
	return false
}

// hostVerb reports whether w is a form of "host".
func hostVerb(w string) bool {
	switch w {
	case "host", "hosts", "hosted", "hosting":
		return true
	}
	return false
}

// replaceFrames finds a country that replaces or relieves another in a
// mission: "Hungary will replace Poland in the air policing mission",
// "Italy relieved Spain on the air policing rotation". The one replaced
// has been providing it (delivered); the subject's line has the status of
// its verb.
func (a *analysis) replaceFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if !a.sentHas(si, wReplace) {
			continue
		}
		for k := s.start; k+2 < s.end; k++ {
			if !replaceVerb(a.lw(k)) {
				continue
			}
			var givers []actorMention
			for _, am := range a.listAt(k+1, s) {
				if len(am.code) == 2 || am.code == "EU" || am.code == "NATO" {
					givers = append(givers, am)
				}
			}
			if len(givers) == 0 {
				continue
			}
			last := givers[len(givers)-1].end
			if last >= s.end || a.lw(last) != "in" && a.lw(last) != "on" && a.lw(last) != "at" {
				continue
			}
			op, ok := a.operationAfter(last+1, s)
			if !ok {
				if op, ok = a.supportAt(last+1, si); !ok {
					continue
				}
			}
			item := a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			f, q, ok := a.roleSubjectFrame(match{start: k, end: k + 1}, s, si, span{op.start, op.end}, item, ruleHandover)
			if !ok {
				continue
			}
			emit(frame{actors: givers, anchor: span{k, k + 1}, rule: ruleHandover,
				window: span{k, op.end}, conf: 0.5, forced: news.StatusDelivered}, q, item)
			if w := a.lw(k); (w == "replaced" || w == "relieved") && !a.has(k-1, cPassiveAux, cIrrealis) && f.forced == "" {
				f.forced = news.StatusDelivered // "Hungary relieved Poland": in place
			}
			emit(f, q, item)
			k = op.end - 1
		}
	}
}

// ruleHostCommand names the support of a country that hosts a command
// of an alliance or mission: "The United States has offered to host the
// new command".
const ruleHostCommand = "frame.host-command"

// hostCommandFrames finds "host the (new, joint, …) command" and gives the
// subject a support line: a command hosted is a military hub. A command
// hosted in the past with a year ("hosted the command in 2010") is
// history and gives none.
func (a *analysis) hostCommandFrames(emit func(frame, quantity, string)) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if !a.sentHas(si, wHost) {
			continue
		}
		for k := s.start; k+2 < s.end; k++ {
			if !hostVerb(a.lw(k)) {
				continue
			}
			c, limit := -1, k+4
			for j := k + 1; j < s.end && j <= limit; j++ {
				if a.lw(j) == "command" || a.lw(j) == "commands" {
					c = j
					break
				}
				if isApostropheText(a.tx(j)) {
					limit += 3 // "the alliance's new joint command"
					continue
				}
				if a.toks[j].kind == tPunct {
					break
				}
			}
			// "the command of the mission" is the operation's, "under the
			// command" is no hub
			if c < 0 || c+1 < s.end && a.lw(c+1) == "of" {
				continue
			}
			v := match{start: k, end: k + 1}
			if a.history(v, s) {
				continue
			}
			item := a.text[a.toks[k+1].start:a.toks[c].end]
			f, q, ok := a.roleSubjectFrame(v, s, si, span{k + 1, c + 1}, item, ruleHostCommand)
			if !ok {
				continue
			}
			emit(f, q, item)
			k = c
		}
	}
}

// forcesSubject reads the country of troops that are the subject of a
// verb of giving support, t: "Rwandan soldiers have (since 2016)
// provided protection …", "French troops will provide training …". The
// troop noun with a demonym before it stands before t, after at most
// five tokens of auxiliaries, adverbs and a "since" phrase. Forces of a
// country named again after the verb ("Moldovan soldiers provide
// protection for Moldova's president") or working for an offensive or
// their own side are its own, and forces sent or deployed are the troop
// frames': no frame.
func (a *analysis) forcesSubject(t match, s span) (frame, bool) {
	w := a.lw(t.start)
	if strings.HasPrefix(w, "deploy") || strings.HasPrefix(w, "send") || w == "sent" || strings.HasPrefix(w, "dispatch") ||
		strings.HasPrefix(w, "station") || t.start > s.start && a.has(t.start-1, cPassiveAux) {
		return frame{}, false // "peacekeepers are deployed in missions": troops sent, the troop frames'
	}
	for j := t.end; j < s.end; j++ {
		switch a.lw(j) {
		case "offensive", "counteroffensive", "counter-offensive", "own":
			return frame{}, false // "forces provided air cover for the counteroffensive": their own operation
		}
	}
	k := t.start - 1
	for k > s.start && k >= t.start-6 && (a.has(k, cPerfectAux, cPassiveAux, cIrrealis) || a.lw(k) == "also" || a.lw(k) == "since" ||
		a.isYear(k) || strings.HasSuffix(a.lw(k), "ly")) {
		k--
	}
	if k <= s.start || !a.has(k, cTroopNoun) {
		return frame{}, false
	}
	var owner *actorMention
	for _, m := range a.ann[k-1] {
		if m.class == cDemonym && len(m.value) == 2 && m.end == k {
			owner = &actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: a.sentOfToken(k)}
		}
	}
	if owner == nil {
		return frame{}, false
	}
	for _, am := range a.actorsNear(t.end, s.end) {
		if am.start >= t.end && am.end <= s.end && am.code == owner.code {
			return frame{}, false
		}
	}
	return frame{actors: []actorMention{*owner}, anchor: span{t.start, t.end}, rule: ruleActive,
		window: span{owner.start, t.end}, conf: 0.55}, true
}

// ruleLeadUnit names the troops of a country that leads or commands a
// multinational unit: "Germany leads the multinational battalion in
// Lithuania".
const ruleLeadUnit = "frame.lead-unit"

// leadUnitFrames finds a country that leads, heads or commands a troop
// unit other than a force ("the multinational battalion", "NATO's
// forward presence brigade"; "will lead the stabilisation force" is
// support, frame.join) and gives it a troops line without a number: a unit led is a
// unit the country sends troops to. A present simple of leading is in
// place (delivered). Countries that already commit troops in the
// sentence (committed) get none.
func (a *analysis) leadUnitFrames(emit func(frame, quantity, string), committed func(actor string, start int, kind news.Kind) bool) {
	emit = a.unlessQuestion(a.unlessCommitted(emit, committed))
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cJoinVerb) == 0 || a.stats.sentCls[si]&(1<<cTroopUnit) == 0 {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !leadVerb(a.lw(k)) || a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
				continue // "hosts a German-led battlegroup": an adjective
			}
			unit := -1
			for j, limit := k+1, k+5; j < s.end && j <= limit; j++ {
				if isApostropheText(a.tx(j)) {
					limit += 2 // "NATO's forward presence battalion"
					continue
				}
				if a.has(j, cTroopUnit) {
					if w := a.lw(j); w != "force" && w != "forces" {
						unit = j // (leading a force is the join frames' support)
					}
					break
				}
				if a.toks[j].kind == tPunct || a.has(j, cTrigger, cLocPrep, cClauseBreak) {
					break
				}
			}
			if unit < 0 {
				continue
			}
			v := match{start: k, end: k + 1}
			if a.history(v, s) {
				continue
			}
			f, ok := a.subjectFrame(v, s)
			if !ok || f.rule != ruleActive && f.rule != rulePronoun {
				continue
			}
			if a.ownForcesSubject(f.actors[0], k) || a.ownCountryAfter(f.actors[0].code, unit, s) {
				continue // "Ukraine's army leads the brigade in Kharkiv": its own forces
			}
			f.rule, f.conf = ruleLeadUnit, 0.55
			f.window = span{f.window.start, unit + 1}
			if a.leadsNow(v, s) {
				f.forced = news.StatusDelivered
			}
			q := quantity{span: span{k + 1, unit + 1}, kind: news.KindTroops, sent: si, item: "troops"}
			emit(f, q, q.item)
			k = unit
		}
	}
}

// leadVerb reports whether w is a form of "lead", "head" or "command".
func leadVerb(w string) bool {
	switch w {
	case "lead", "leads", "led", "leading", "head", "heads", "headed", "heading", "command", "commands", "commanded", "commanding":
		return true
	}
	return false
}

// ownCountryAfter reports whether country code is named after token k in
// sentence s: "Poland leads the brigade in Poland" is a unit at home.
func (a *analysis) ownCountryAfter(code string, k int, s span) bool {
	for _, am := range a.actorsNear(k, s.end) {
		if am.start > k && am.end <= s.end && am.code == code {
			return true
		}
	}
	return false
}
