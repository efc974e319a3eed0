package extractor

// Guards of the support frames on the support noun itself and the words
// around it: what the noun modifies ("training requirements",
// "intelligence services"), what the support goes to ("support for the
// arts"), strikes on a country (an attack, not help), and a noun that is
// only the topic of something else ("a conference on reconstruction").

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// nounAfterSupport holds the heads that a support noun only modifies:
// "training requirements", "intelligence services", "maintenance costs".
var nounAfterSupport = map[string]bool{
	"requirements": true, "requirement": true, "standards": true, "standard": true, "ground": true, "grounds": true,
	"exercise": true, "exercises": true, "course": true, "courses": true, "costs": true, "cost": true, "budget": true,
	"budgets": true, "officials": true, "official": true, "chief": true, "chiefs": true, "agency": true, "agencies": true,
	"services": true, "service": true, "sources": true, "source": true, "report": true, "reports": true, "community": true,
	"failure": true, "failures": true, "gap": true, "gaps": true, "network": true, "networks": true, "officer": true,
	"officers": true, "assessment": true, "assessments": true, "estimates": true, "estimate": true, "briefing": true,
	"accident": true, "crash": true, "flight": true, "flights": false, "session": true, "sessions": true, "manual": true,
	"conference": true, "conferences": true, "summit": true, "meeting": true, "talks": true, "forum": true, "plan": true,
	"plans": true, "strategy": true, "policy": true, "minister": true, "ministry": true, "law": true, "bill": true, "claims": true,
	"work": true, "works": true, "crews": true, "crew": true, "staff": true, "personnel": true, "workers": true,
}

// modifiesNoun reports whether the support noun q only modifies the noun
// after it: "new training requirements", "intelligence officials".
//
// A support noun after "lack of", "shortage of", "absence of" or
// "without" is missing, not given: "citing a lack of logistics".
func (a *analysis) modifiesNoun(q *quantity, s span) bool {
	for k := q.start - 1; k >= s.start && k >= q.start-3; k-- {
		switch a.lw(k) {
		case "lack", "lacks", "lacking", "shortage", "shortages", "absence", "without":
			return true
		}
	}
	return q.end < s.end && nounAfterSupport[a.lw(q.end)]
}

// helpObject holds the nouns after "support for" that name those who get
// help in a conflict: "support for the rebels", "support for the
// intervention".
var helpObject = map[string]bool{
	"intervention": true, "offensive": true, "rebels": true, "rebel": true, "forces": true, "army": true, "military": true,
	"troops": true, "soldiers": true, "fighters": true, "government": true, "militia": true, "militias": true,
	"opposition": true, "resistance": true, "war": true, "defence": true, "defense": true, "campaign": true,
	"recovery": true, "reconstruction": true, "people": true, "refugees": true, "victims": true, "region": true,
	"groups": true, "group": true, "organisations": true, "organizations": true, "movement": true, "movements": true,
	"militants": true, "insurgents": true, "factions": true, "faction": true,
	"state": true, "nation": true, "country": true, "kingdom": true, "republic": true, "ally": true, "allies": true,
	"neighbour": true, "neighbor": true, "partner": true, "partners": true,
}

// noHelpObject reports whether the phrase after "for" or "to" at k names
// no one who gets help: no country, people of a country, operation,
// troops, goods, kind of support or help object ("support for the arts",
// "support for electric cars"). The phrase ends at punctuation, a
// preposition or a clause break, after at most six words.
func (a *analysis) noHelpObject(k int, s span) bool {
	if k >= s.end || a.lw(k) != "for" && a.lw(k) != "to" {
		return false
	}
	n := 0
	for j := k + 1; j < s.end && j < k+7; j++ {
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) || a.has(j, cClauseBreak, cLocPrep) {
			break
		}
		if a.actorAt[j] >= 0 || a.has(j, cDemonym, cSupportNoun, cOperationNoun, cTroopNoun, cTroopUnit, cEquipNoun) || helpObject[a.lw(j)] {
			return false
		}
		n++
	}
	return n > 0
}

// strikeOn reports whether the support q names strikes on or against a
// country or a capital: "carried out airstrikes on Ukraine", "air strikes
// against Kyiv" are an attack. ("airstrikes in Syria against the
// militants" help a side.)
func (a *analysis) strikeOn(q *quantity, s span) bool {
	item := lowerWord(q.item)
	if !strings.HasSuffix(item, "strikes") && !strings.HasSuffix(item, "sorties") {
		return false
	}
	if q.end+1 >= s.end || a.lw(q.end) != "on" && a.lw(q.end) != "against" {
		return false
	}
	j := q.end + 1
	if a.lw(j) == "the" && j+1 < s.end {
		j++
	}
	return a.actorAt[j] >= 0
}

// topicOf reports whether a word between the verb at from and the support
// noun at to makes the noun a topic or a need: "hosted a conference on
// Ukraine's reconstruction", "a report about training", "gave Berlin a
// list of its needs, including training", "condolences and support".
func (a *analysis) topicOf(from, to int) bool {
	for k := from; k < to; k++ {
		switch a.lw(k) {
		case "on", "about", "regarding", "concerning", "needs", "requests", "request", "wishlist", "demands",
			"condolences", "sympathy", "sympathies", "solidarity", "prayers", "thoughts":
			return true
		}
	}
	return false
}

// civilProtection reports whether a "protection" or "missions" item is of
// another kind than help in a conflict: "temporary protection" for
// refugees, "data protection", "consumer protection", "diplomatic
// missions", "trade missions".
func civilProtection(item string) bool {
	// the last two words, without splitting the item (asked of every
	// support line)
	rest, last := lastField(item)
	_, prev := lastField(rest)
	if prev == "" {
		return false
	}
	var lastBuf, prevBuf [16]byte
	last, prev = lowerShort(last, &lastBuf), lowerShort(prev, &prevBuf)
	if last == "missions" || last == "mission" {
		switch prev {
		case "diplomatic", "trade", "foreign", "permanent", "fact-finding", "economic":
			return true
		}
		return false
	}
	if last != "protection" {
		return false
	}
	switch prev {
	case "temporary", "international", "subsidiary", "data", "consumer", "child", "social", "environmental", "civil", "climate", "flood":
		return true
	}
	return false
}

// triggerAsModifier reports whether the trigger t, right before the noun
// at q, follows an article or a possessive: "a major shipping hub", "the
// supply chain": the trigger is part of the noun phrase.
func (a *analysis) triggerAsModifier(t match, q *quantity, s span) bool {
	if t.end != q.start || t.start <= s.start || !strings.HasSuffix(a.lw(t.start), "ing") {
		return false
	}
	for k := t.start - 1; k >= s.start && k >= t.start-3; k-- {
		switch a.lw(k) {
		case "a", "an", "the", "its", "their", "his", "her", "our":
			return true
		}
		if !a.isModifier(k) {
			return false
		}
	}
	return false
}

// taskObject holds the objects of a task of protection or monitoring:
// "monitor the ceasefire", "patrol the airspace", "protect shipping",
// and a plan of action ("support the plan"; "the peace plan" is a stance,
// see politicalObject).
var taskObject = map[string]bool{
	"ceasefire": true, "truce": true, "armistice": true, "airspace": true, "skies": true,
	"corridor": true, "port": true, "ports": true, "shipping": true, "routes": true, "lanes": true, "coast": true,
	"coastline": true, "waters": true, "infrastructure": true, "grid": true, "plant": true, "plants": true,
	"withdrawal": true, "plan": true,
}

// concreteObject reports whether the support verb at token k ("to
// protect", "to help") has an object that gets help or names it: a
// country or a word standing for one ("protect Kyiv", "defend the Gulf
// state"), people of a country, troops, goods, a kind of support, an
// operation ("support the mission"), one of the helpObject nouns, or a
// verb of a task after "help" ("help rebuild"). Its own ("secure its
// borders"), a stance or a domestic object ("protect jobs", "lead the
// negotiations") and no object at all ("is ready to help") are not.
func (a *analysis) concreteObject(k int, s span) bool {
	for j := k + 1; j < s.end && j < k+7; j++ {
		if a.toks[j].kind == tPunct && !isApostropheText(a.tx(j)) || a.has(j, cClauseBreak) {
			return false
		}
		switch w := a.lw(j); {
		case w == "its" || w == "their" || w == "own" || w == "our":
			return false
		case a.actorAt[j] >= 0 || helpObject[w] || taskObject[w]:
			return true
		case a.has(j, cPronoun, cDemonym, cSupportNoun, cTroopNoun, cTroopUnit, cEquipNoun):
			return true
		case a.has(j, cOperationNoun):
			switch w {
			case "initiative", "effort", "efforts", "programme", "program":
				return false
			}
			return true
		case j == k+1 && isHelp(a.lw(k)) && a.has(j, cSupportVerb):
			return true // "help rebuild", "help protect"
		}
	}
	return false
}

// triggerAsNoun reports whether the trigger t follows an article and so
// is a noun in a noun phrase: "the finance committee", "a supply
// problem", "the back office". ("the supply of military aid" names a
// giving: the noun of a verb, read as the verb.)
func (a *analysis) triggerAsNoun(t match, s span) bool {
	if t.start <= s.start || t.end < s.end && a.lw(t.end) == "of" {
		return false
	}
	switch a.lw(t.start - 1) {
	case "the", "a", "an":
		return true
	}
	return false
}

// shareOfGDP reports whether sentence si gives a share of a country's
// output ("0.25% of GDP", "one percent of gross domestic product").
func (a *analysis) shareOfGDP(si int) bool {
	s := a.sents[si]
	for k := s.start; k < s.end; k++ {
		switch a.lw(k) {
		case "gdp", "gni":
			return true
		case "gross":
			if k+1 < s.end && a.lw(k+1) == "domestic" {
				return true
			}
		}
	}
	return false
}

// completedSupport reads support that its subject has completed: "Japan
// has completed the training of 100 Ukrainian deminers", "Britain
// finished the demining of the port" (a verb of completion, "the", the
// support noun). It is delivered.
func (a *analysis) completedSupport(q *quantity, s span) (frame, bool) {
	v := q.start - 2
	if v <= s.start || a.lw(q.start-1) != "the" {
		return frame{}, false
	}
	switch a.lw(v) {
	case "completed", "finished", "concluded", "completes", "finishes", "concludes":
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
	if !ok {
		return frame{}, false
	}
	f.rule = ruleSupport
	f.window = span{f.window.start, q.end}
	f.forced = news.StatusDelivered
	f.conf -= 0.1
	return f, true
}

// reliefWork reports whether w names work on the ground whose "efforts"
// are helped with concrete support: "recovery efforts", "relief efforts".
func reliefWork(w string) bool {
	switch w {
	case "recovery", "relief", "rescue", "reconstruction", "rebuilding", "demining", "firefighting", "evacuation", "search":
		return true
	}
	return false
}
