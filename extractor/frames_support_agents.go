package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Agents of help: a country's experts, specialists, doctors, engineers,
// instructors or ships as the subject of a verb of help (frame.help-agents):
// "Chinese experts have trained Ukrainian health workers", "Japanese
// engineers will repair the bridges", "US ships will not escort other
// nations' tankers", "experts from Italy are helping with the
// restoration". The country is the giver of one support line; the verb
// and its object are the item; the trainees' country receives.
//
// The status is the verb group's: a negation declines, "could", "may",
// "might" hedge, a simple past, a perfect or a progressive is delivered,
// the rest ("will train") pledged. Not a passive ("Chinese experts were
// trained"), trainees of the owner's own country, "their own" forces,
// an object that is a preposition ("trained in Britain", "trained
// alongside"), nor a country with another line of the sentence.
// Soldiers, troops and forces count as agents only of teaching (train,
// instruct, mentor, advise): forces that help, escort, guard or clear
// are too often at war or at home.

// ruleHelpAgents names the support line of a country's agents of help.
const ruleHelpAgents = "frame.help-agents"

// helpAgentFrames finds the agents of help of the sentences that hold an
// agent noun (word class wHelpAgent). committed tells whether an actor
// has a line of the sentence that starts at a byte offset.
func (a *analysis) helpAgentFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessHopedOrDenied(a.unlessQuestion(a.unlessWishedOrDoubted(emit)))
	for si, s := range a.sents {
		if !a.sentHas(si, wHelpAgent) {
			continue
		}
		for k := s.start; k < s.end; k++ {
			if !a.tokHas(k, wHelpAgent) {
				continue
			}
			owners, after := a.agentOwners(k, s)
			if len(owners) == 0 {
				continue
			}
			v, st, ok := a.agentVerb(after, s, forceAgent(a.lw(k)))
			if !ok || !a.agentDoes(k, v) {
				continue
			}
			end, to, ok := a.agentObject(v, s, owners)
			if !ok {
				continue
			}
			var named []actorMention
			for _, am := range owners {
				if !committed(am.code, a.toks[s.start].start) && am.code != to {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				continue
			}
			f := frame{actors: named, anchor: span{v, v + 1}, rule: ruleHelpAgents,
				window: span{named[0].start, end}, conf: 0.5, forced: st, to: to}
			q := quantity{span: span{v, end}, kind: news.KindSupport, sent: si, item: a.text[a.toks[v].start:a.toks[end-1].end]}
			emit(f, q, q.item)
			k = end - 1
		}
	}
}

// helpAgent reports whether w names people or ships that give help for
// a country: the words of word class wHelpAgent.
func helpAgent(w string) bool {
	switch w {
	case "experts", "specialists", "engineers", "doctors", "medics", "nurses", "surgeons", "technicians",
		"instructors", "trainers", "advisers", "advisors", "mentors", "rescuers", "deminers", "sappers",
		"ships", "warships", "vessels", "frigates", "destroyers", "navy",
		"troops", "soldiers", "forces", "servicemen", "personnel", "hospitals", "clinics":
		return true
	}
	return false
}

// forceAgent reports whether the agent noun w names fighting forces,
// which give help only by teaching.
func forceAgent(w string) bool {
	switch w {
	case "troops", "soldiers", "forces", "servicemen", "personnel":
		return true
	}
	return false
}

// agentOwners returns the countries of the agent noun at token k — a
// demonym before it, up to two modifiers between ("Chinese medical
// experts", "Danish and Dutch engineers"), or "from" and a country list
// after it ("experts from Italy and Spain") — and the first token after
// the noun phrase. The phrase must open its clause: not the object of a
// verb or a preposition ("trained Chinese experts", "with Italian
// engineers").
func (a *analysis) agentOwners(k int, s span) ([]actorMention, int) {
	if k+2 < s.end && a.lw(k+1) == "from" {
		var out []actorMention
		for _, am := range a.listAt(k+2, s) {
			if len(am.code) == 2 && am.cls != cGroup {
				out = append(out, am)
			}
		}
		if len(out) > 0 && a.clauseOpens(k-1, s) {
			return out, out[len(out)-1].end
		}
		return nil, 0
	}
	for j := k - 1; j >= s.start && j >= k-3; j-- {
		for _, m := range a.ann[j] {
			if m.class != cDemonym || len(m.value) != 2 || m.end != j+1 {
				continue
			}
			// the words between are modifiers: lower-case words, no stop word
			for i := m.end; i < k; i++ {
				if a.toks[i].kind != tWord || a.has(i, cStop) || a.actorAt[i] >= 0 {
					return nil, 0
				}
			}
			first := actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: a.sentOfToken(k)}
			owners := a.coordinatedDemonyms(first, s)
			if !a.clauseOpens(owners[0].start-1, s) {
				return nil, 0
			}
			return owners, k + 1
		}
	}
	return nil, 0
}

// clauseOpens reports whether token j, right before an agent's noun
// phrase, lets the phrase be a subject: the start of the sentence, a
// punctuation mark, an article or quantifier, or a conjunction.
func (a *analysis) clauseOpens(j int, s span) bool {
	if j < s.start {
		return true
	}
	if a.toks[j].kind == tPunct {
		return true
	}
	switch a.lw(j) {
	case "the", "a", "an", "some", "several", "many", "more", "and", "but", "while", "as", "that", "where",
		"when", "after", "since", "because", "also", "of", "dozens", "hundreds", "team", "group":
		// ("a team of Chinese experts", "dozens of Cuban doctors")
		return a.lw(j) != "of" || j > s.start && (a.lw(j-1) == "team" || a.lw(j-1) == "group" || a.lw(j-1) == "dozens" || a.lw(j-1) == "hundreds")
	}
	return false
}

// agentVerb reads the verb group that starts at token j after an
// agent's noun phrase and returns the token of the verb of help and the
// status the group gives: declined after a negation, considering after
// "could", "may" or "might", delivered for a simple past, a perfect or a
// progressive, else pledged. A passive gives none. forces limits the
// verbs to teaching and escort.
func (a *analysis) agentVerb(j int, s span, forces bool) (int, news.Status, bool) {
	neg, hedge, modal, perfect, be := false, false, false, false, false
	for n := 0; j < s.end && n < 5; n++ {
		switch w := a.lw(j); w {
		case "also", "already", "now", "currently", "still", "jointly", "recently", "reportedly":
		case "not", "n't", "never":
			neg = true
		case "could", "may", "might":
			hedge, modal = true, true
		case "will", "would", "shall", "'ll", "wo", "to":
			modal = true // ("won't": "wo" and "n't"; "are set to", "are due to")
		case "have", "has", "had":
			perfect = true
		case "are", "is", "was", "were", "been", "be":
			be = true
		case "set", "due", "expected", "going", "able":
			modal = true
		case "ready", "prepared", "willing":
			hedge, modal = true, true // "are ready to receive"
		default:
			n = 5
			continue
		}
		j++
	}
	if j >= s.end {
		return 0, "", false
	}
	w := a.lw(j)
	lemma, ok := agentHelpVerb(w)
	if !ok || forces && !teachOrEscort(lemma) {
		return 0, "", false
	}
	ing := strings.HasSuffix(w, "ing")
	past := !ing && w != lemma && !strings.HasSuffix(w, "s")
	if be && past {
		return 0, "", false // "Chinese experts were trained": a passive
	}
	switch {
	case neg:
		return j, news.StatusDeclined, true
	case hedge:
		return j, news.StatusConsidering, true
	case perfect && past || be && ing && !modal || past && !modal:
		return j, news.StatusDelivered, true
	}
	return j, news.StatusPledged, true
}

// agentHelpVerb returns the base form of w when it is a form of a verb of
// help that an agent does: train, instruct, mentor, advise, escort,
// patrol, treat, rescue, evacuate, repair, rebuild, restore, demine,
// clear, help, assist.
func agentHelpVerb(w string) (string, bool) {
	switch w {
	case "train", "trains", "trained", "training":
		return "train", true
	case "instruct", "instructs", "instructed", "instructing":
		return "instruct", true
	case "mentor", "mentors", "mentored", "mentoring":
		return "mentor", true
	case "advise", "advises", "advised", "advising":
		return "advise", true
	case "escort", "escorts", "escorted", "escorting":
		return "escort", true
	case "patrol", "patrols", "patrolled", "patrolling":
		return "patrol", true
	case "treat", "treats", "treated", "treating":
		return "treat", true
	case "rescue", "rescues", "rescued", "rescuing":
		return "rescue", true
	case "evacuate", "evacuates", "evacuated", "evacuating":
		return "evacuate", true
	case "repair", "repairs", "repaired", "repairing":
		return "repair", true
	case "rebuild", "rebuilds", "rebuilt", "rebuilding":
		return "rebuild", true
	case "restore", "restores", "restored", "restoring":
		return "restore", true
	case "demine", "demines", "demined", "demining":
		return "demine", true
	case "clear", "clears", "cleared", "clearing":
		return "clear", true
	case "help", "helps", "helped", "helping":
		return "help", true
	case "assist", "assists", "assisted", "assisting":
		return "assist", true
	case "receive", "receives", "received", "receiving":
		return "receive", true
	case "admit", "admits", "admitted", "admitting":
		return "admit", true
	}
	return "", false
}

// teachOrEscort reports whether the verb lemma is one that fighting
// forces do for another country: teaching (troops that escort or guard
// are too often at war: "troops escorted the settlers").
func teachOrEscort(lemma string) bool {
	switch lemma {
	case "train", "instruct", "mentor", "advise":
		return true
	}
	return false
}

// agentObject reads the object of the verb of help at token v: it must
// follow as a word (not a preposition, except "with" or "in" after help
// and assist: "helped with the rescue"), not be the agents' own ("their
// own troops", trainees of the owners' country); "clear" needs mines or
// explosives. It returns the end of the item (up to six words, before a
// punctuation mark or a clause break) and the country of trainees named
// by a demonym or country right after the verb (the recipient).
func (a *analysis) agentObject(v int, s span, owners []actorMention) (int, string, bool) {
	j := v + 1
	if j >= s.end || a.toks[j].kind != tWord {
		return 0, "", false
	}
	lemma, _ := agentHelpVerb(a.lw(v))
	switch a.lw(j) {
	case "with", "in":
		if lemma != "help" && lemma != "assist" {
			return 0, "", false
		}
	case "on", "at", "alongside", "together", "for", "from", "by", "to", "under", "abroad", "there", "here",
		"its", "their", "itself", "themselves", "each", "them", "him", "her":
		return 0, "", false
	}
	end := j
	for end < s.end && end < j+6 && a.toks[end].kind == tWord && !a.has(end, cClauseBreak) {
		end++
	}
	if lemma == "receive" || lemma == "admit" {
		wounded := false
		for i := j; i < end; i++ {
			switch a.lw(i) {
			case "wounded", "injured", "casualties", "treatment", "rehabilitation":
				wounded = true
			}
		}
		if !wounded {
			return 0, "", false // "hospitals received funding", "… more patients"
		}
	}
	if lemma == "clear" {
		mines := false
		for i := j; i < end; i++ {
			switch a.lw(i) {
			case "mines", "landmines", "explosives", "ordnance", "munitions", "rubble", "debris":
				mines = true
			}
		}
		if !mines {
			return 0, "", false
		}
	}
	to := ""
	for i := j; i < end && i < j+2; i++ {
		for _, m := range a.ann[i] {
			if (m.class == cDemonym || m.class == cCountry) && len(m.value) == 2 && m.start == i {
				to = m.value
			}
		}
	}
	for _, am := range owners {
		if am.code == to {
			return 0, "", false // "Chinese experts trained Chinese workers": its own
		}
	}
	return end, to, true
}

// agentDoes reports whether the agent noun at token k does the verb at
// token v: hospitals and clinics treat, receive, admit or help (the
// wounded); receiving and admitting are done by hospitals only.
func (a *analysis) agentDoes(k, v int) bool {
	lemma, _ := agentHelpVerb(a.lw(v))
	hospital := a.lw(k) == "hospitals" || a.lw(k) == "clinics"
	switch lemma {
	case "receive", "admit":
		return hospital
	case "treat", "help", "assist":
		return true
	}
	return !hospital
}
