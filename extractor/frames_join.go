package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Countries that join, lead or take part in a multinational operation or
// coalition: one support line each (frame.join), found from the join verb
// and the operation noun before or after it; the members named in lists
// are read in frames_join_members.go, the guards in frames_join_guards.go.

// ruleJoin names the support of a country that joins a multinational
// operation or coalition, or runs one in partnership with others.
const ruleJoin = "frame.join"

// joinFrames finds countries that take part in a multinational operation,
// one support line each:
//   - a passive with the members as agents: "the operation will be joined
//     by Britain, Canada and Spain";
//   - an active with the members as subject: "Greece and Australia have
//     also joined the coalition", "Spain will take part in the mission";
//   - partners named after "in partnership with": "the programme is
//     delivered in partnership with five other nations – Canada, …".
//
// A join whose subject is counted troops or materiel ("500 soldiers will
// join the mission") is left to the troops and equipment frames.
func (a *analysis) joinFrames(emit func(frame, quantity, string), committed func(actor string, start int, kind news.Kind) bool) {
	emit = a.unlessQuestion(a.unlessCommitted(a.unlessWishedOrDoubted(emit), committed))
	for si, s := range a.sents {
		if !a.sentHas(si, wParticipants) && !a.sentHas(si, wPartnership) && a.stats.sentCls[si]&(1<<cGroupNoun|1<<cJoinVerb|1<<cOperationNoun) == 0 {
			continue // none of the words the frames below start from
		}
		a.participantsInclude(si, s, emit)
		for k := s.start; k < s.end; k++ {
			if a.lw(k) == "partnership" && k > s.start && a.lw(k-1) == "in" && k+1 < s.end && a.lw(k+1) == "with" {
				a.partnershipFrame(si, s, k, emit)
				continue
			}
			// "the coalition includes 23 countries: A, B, …"
			if a.cls[k]&(1<<cOperationNoun) != 0 && a.membersInclude(si, s, k, emit) {
				break
			}
			if a.cls[k]&(1<<cJoinVerb) == 0 {
				continue
			}
			v, ok := a.longest(k, s.end, cJoinVerb)
			if !ok || a.toks[k].glued && k > s.start && a.tx(k-1) == "-" {
				continue // "a US-led coalition": an adjective
			}
			if v.end < s.end && a.lw(v.end) == "by" {
				// "the operation would be joined by A, B and C"
				op, ok := a.operationBefore(v.start, s)
				win := span{op.start, v.end}
				if !ok {
					// "Proposed by France and the UK in 2025, the initiative …"
					if op, ok = a.operationAfterAgent(v.end+1, s); !ok {
						continue
					}
					win = span{v.start, op.end}
				}
				var actors []actorMention
				for _, am := range a.listAt(v.end+1, s) {
					if (len(am.code) == 2 || am.code == "EU" || am.code == "NATO") && !a.modifiesGroup(am, s) {
						actors = append(actors, am)
					}
				}
				if am := a.demonymAgent(v.end+1, s); len(actors) == 0 && am != nil {
					actors = append(actors, *am) // "led by a Belgian general"
				}
				if len(actors) == 0 {
					continue
				}
				// "The operation was led by France in 2013": a past command
				if (a.lw(v.start-1) == "was" || a.lw(v.start-1) == "were") && a.yearIn(s) {
					continue
				}
				f := frame{actors: actors, anchor: span{v.start, v.end}, rule: ruleJoin,
					window: win, conf: 0.7, forced: a.presentPassive(v.start, s)}
				q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
				emit(f, q, q.item)
				k = v.end
				continue
			}
			// "Greece and Australia have also joined the coalition"
			op, ok := a.operationAfter(v.end, s)
			if !ok {
				// "will take part in air policing over Poland": a kind of support
				// ("has participated in peacekeeping": troops, joinsForce)
				if op, ok = a.supportAfterJoin(v.end, si); !ok {
					if op, ok = a.peacekeepingAfter(v, s); !ok {
						continue
					}
				}
			}
			// "twenty countries have joined our initiative – from Canada and Germany to Poland"
			if a.participantList(si, s, op.end, span{v.start, op.end}, emit) {
				k = op.end - 1
				continue
			}
			f, ok := a.subjectFrame(v, s)
			// "…, except for Hungary, whose officials refused to take part
			// in …": the owner of the relative clause's subject
			if am := a.whoseOwner(v.start, s); am != nil && (!ok || f.actors[len(f.actors)-1].end < am.start || f.actors[0].cls == cGroup) {
				f, ok = frame{actors: []actorMention{*am}, anchor: span{v.start, v.end}, rule: ruleActive,
					window: span{am.start, v.end}, conf: 0.6}, true
			}
			if !ok {
				// "A French general will take command of the mission"
				if am := a.officerSubject(v.start, s); am != nil && a.lw(v.start) != "join" && a.lw(v.start) != "joins" && a.lw(v.start) != "joined" {
					f, ok = frame{actors: []actorMention{*am}, anchor: span{v.start, v.end}, rule: ruleActive,
						window: span{am.start, v.end}, conf: 0.6}, true
				}
			}
			if !ok && v.start-1 > s.start && a.lw(v.start-1) == "to" {
				// a headline: "Italy to command EU naval mission"
				if f, ok = a.headlineTo(v.start-1, v.start, s); ok {
					f.rule = ruleActive
				}
			}
			if !ok || f.rule != ruleActive && f.rule != rulePronoun {
				continue
			}
			last := f.actors[len(f.actors)-1].end
			if a.forOtherSubject(last, v.start, s) {
				continue // "has no preference for any country to be part of the mission"
			}
			if a.history(v, s) {
				continue // "Chile joined the mission in 2019": a past membership, not a commitment
			}
			if a.ownMissionSince(f.actors, v, s) {
				continue // "NATO has been leading the mission since 2004": its own operation
			}
			if a.recipientProgramme(span{v.end, op.end}, s) {
				continue // "Moldova will join the training programme": a trainee, no giver
			}
			if a.quantityIn(span{last, v.start}, si) || a.quantityIn(span{f.actors[0].start - 2, f.actors[0].start}, si) {
				continue // "500 German soldiers will join the mission"
			}
			if f.rule == ruleActive {
				f.conf = 0.7
			}
			f.rule = ruleJoin
			f.window = span{f.window.start, op.end}
			if f.forced == "" && (a.commandTaken(v) || a.memberNow(v) || a.leadsNow(v, s)) {
				f.forced = news.StatusDelivered // "Spain took command of the mission": in place
			}
			q := quantity{span: span{v.start, op.end}, kind: news.KindSupport, sent: si, item: "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]}
			// "will join the regional force", "take part in the
			// peacekeeping mission": a force of troops
			if a.joinsForce(v, op, si) {
				q.kind, q.item = news.KindTroops, "troops"
				if a.has(v.start-1, cPerfectAux) && f.forced == "" {
					f.forced = news.StatusDelivered // "has participated in peacekeeping"
				}
			}
			// "join the drone coalition": a coalition named for materiel supplies it
			for j := v.end; j < op.start; j++ {
				if a.has(j, cEquipNoun) {
					q.kind, q.item = news.KindEquipment, a.text[a.toks[j].start:a.toks[op.end-1].end]
				}
			}
			// "will join this coalition" after "the drone coalition"
			if item, ok := a.materielOperation(match{start: op.start, end: op.end}); ok && q.kind == news.KindSupport {
				q.kind, q.item = news.KindEquipment, item
			}
			emit(f, q, q.item)
			k = op.end - 1
		}
	}
}

// unlessCommitted wraps emit so that it drops the actors that already
// commit troops or something of the quantity's kind in its sentence.
func (a *analysis) unlessCommitted(emit func(frame, quantity, string), committed func(actor string, start int, kind news.Kind) bool) func(frame, quantity, string) {
	return func(f frame, q quantity, item string) {
		start := a.toks[a.sents[q.sent].start].start
		var actors []actorMention
		for _, am := range f.actors {
			if !committed(am.code, start, q.kind) {
				actors = append(actors, am)
			}
		}
		if len(actors) > 0 {
			f.actors = actors
			emit(f, q, item)
		}
	}
}

// operationBefore finds an operation noun that ends right before the
// auxiliaries of a passive at token v: "the operation (would be) joined".
func (a *analysis) operationBefore(v int, s span) (span, bool) {
	k := v - 1
	for k > s.start && v-k <= 4 && (a.has(k, cPassiveAux, cPerfectAux, cIrrealis) || a.lw(k) == "also" || strings.HasSuffix(a.lw(k), "ly")) {
		k--
	}
	for j := max(s.start, k-2); j <= k; j++ { // the longest first: "naval mission"
		for _, m := range a.ann[j] {
			if m.class == cOperationNoun && m.end == k+1 {
				return span{m.start, m.end}, true
			}
		}
	}
	return span{}, false
}

// operationAfter finds the operation noun that is the object of a join
// verb ending at token k: "the grouping", "the EU's naval mission", "a
// US-led coalition".
func (a *analysis) operationAfter(k int, s span) (span, bool) {
	limit := k + 5
	if k < s.end && strings.HasSuffix(a.lw(k), "ing") && a.toks[k].kind == tWord {
		limit += 3 // "took the lead in coordinating the work of the coalition"
	}
	for j := k; j < s.end && j < limit; j++ {
		if isApostropheText(a.tx(j)) {
			limit += 2 // "NATO's air policing mission": the owner's tokens do not count
		}
		if m, ok := a.longest(j, s.end, cOperationNoun); ok {
			if a.diplomaticEffort(k, m) || a.politicalCoalition(m, s) {
				return span{}, false // "proposed a peace initiative", "the ruling coalition": no operation
			}
			if _, owns := a.isPossessive(m.end, s.end); owns {
				return span{}, false // "leads the mission's staffing efforts": the mission owns the object
			}
			return span{m.start, m.end}, true
		}
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) && a.tx(j) != "-" {
			return span{}, false
		}
		// ("the US-led coalition": "led" of a "-led" adjective is no verb)
		if a.has(j, cTrigger, cDeliveryPast, cLocPrep, cClauseBreak) && !(j > k && a.tx(j-1) == "-" && a.lw(j) == "led") {
			return span{}, false
		}
	}
	return span{}, false
}

// history reports whether the join verb v is in the past tense with a
// year in its sentence: "Chile joined the mission in 2019", "Bangladesh
// took part in the operation in 1989".
func (a *analysis) history(v match, s span) bool {
	w := a.lw(v.start)
	if !strings.HasSuffix(w, "ed") && w != "took" && w != "led" {
		return false
	}
	for k := s.start; k < s.end; k++ {
		if a.isYear(k) || a.lw(k) == "year" && k > s.start && (a.lw(k-1) == "same" || a.lw(k-1) == "that" || a.lw(k-1) == "last") {
			return true
		}
		// "commanded the operation until March": a command that ended
		if a.lw(k) == "until" && k > v.end {
			return true
		}
	}
	return false
}

// operationAfterAgent finds the operation noun that a fronted participle
// with its agent describes: "Proposed by France and the UK in 2025, the
// initiative …" (the noun right after the comma that ends the phrase).
func (a *analysis) operationAfterAgent(k int, s span) (span, bool) {
	for j := k; j < s.end && j < k+12; j++ {
		if a.tx(j) != "," {
			continue
		}
		if j+2 < s.end && a.lw(j+1) == "the" {
			if m, ok := a.longest(j+2, s.end, cOperationNoun); ok {
				return span{m.start, m.end}, true
			}
		}
		return span{}, false
	}
	return span{}, false
}

// quantityIn reports whether a troops, money or equipment quantity of
// sentence si overlaps sp.
func (a *analysis) quantityIn(sp span, si int) bool {
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind != news.KindSupport && q.start < sp.end && q.end > sp.start {
			return true
		}
	}
	return false
}

// supportAfterJoin finds a kind of support named right after a join verb
// that ends at token k, bare or after an article: "take part in air
// policing", "join the training of pilots", "lead the demining". The
// bare names of a whole field ("has participated in peacekeeping") are
// no operation.
func (a *analysis) supportAfterJoin(k, si int) (span, bool) {
	s := a.sents[si]
	if k < s.end {
		switch a.lw(k) {
		case "the", "a", "an":
			k++
		}
	}
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport && q.start == k && !genericSupport(a.lw(k)) &&
			// "contribute to a reconstruction fund": the noun names the fund;
			// "take part in the reconstruction conference": a meeting
			!(q.end < s.end && (a.has(q.end, cTriggerNoun, cMoneyNoun, cEquipNoun, cOperationNoun) || meetingNoun(a.lw(q.end)))) {
			return span{q.start, q.end}, true
		}
	}
	return span{}, false
}

// genericSupport reports whether w names support as a whole field:
// "support", "participation", "peacekeeping".
func genericSupport(w string) bool {
	return w == "support" || w == "participation" || w == "peacekeeping"
}
