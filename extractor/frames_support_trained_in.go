package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTrainedIn names the support of the country where foreign trainees
// are trained: "Moldovan pilots are being trained in Britain", "Moldovan
// soldiers will receive training in Germany", "fifteen Moldovan officers
// went to China for military training".
const ruleTrainedIn = "support.trained-in"

// trainedIn finds training that takes place in a country named after
// "in" or "to", with trainees of another country named before it: the
// place gives the training (the trainees' country receives). Forms:
// a passive "be trained in X"; "receive (undergo, get) training in X";
// a verb of going "to X for (…) training". A sentence whose training has
// an agent ("trained in Germany by US instructors") is the agent's
// (trainedBy), and trainees of the place's own country give nothing.
func (a *analysis) trainedIn(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if !a.sentHas(si, wTrained) && !a.sentHas(si, wTraining) {
			continue
		}
		for k := s.start + 1; k+1 < s.end; k++ {
			place, forced, ok := a.trainingPlace(k, s)
			if !ok {
				continue
			}
			var actors []actorMention
			for _, am := range a.listAt(place, s) {
				if len(am.code) == 2 && am.cls != cDemonym && !a.modifiesGroup(am, s) {
					actors = append(actors, am)
				}
			}
			if len(actors) == 0 || a.agentAfter(actors[len(actors)-1].end, s) {
				continue
			}
			// the trainees: a demonym or country before the anchor, not the place's
			to := ""
			for j := s.start; j < k && to == ""; j++ {
				if m, ok := a.longest(j, k, cDemonym); ok {
					to = m.value
				}
			}
			if to == "" || slices.ContainsFunc(actors, func(x actorMention) bool { return x.code == to }) {
				continue
			}
			// the anchor runs from the verb to the place ("trained in",
			// "went to"), the cues of status before the verb
			verb := k
			if place < k {
				verb = place - 2
			}
			f := frame{actors: actors, anchor: span{verb, max(k+1, place)}, rule: ruleTrainedIn, conf: 0.55,
				window: span{s.start, actors[len(actors)-1].end}, to: to}
			if forced && !a.irrealis(s.start, verb) {
				f.forced = news.StatusDelivered
			}
			q := quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: "training"}
			emit(f, q, q.item)
			k = max(k, actors[len(actors)-1].end-1) // (the place may stand before k)
		}
	}
}

// trainingPlace reads a form of training in a place at token k: it
// returns the token where the place starts and whether the form says
// the training was done ("were trained in", "went to … for training").
func (a *analysis) trainingPlace(k int, s span) (place int, done, ok bool) {
	switch a.lw(k) {
	case "trained":
		// "are being trained in X", "were trained in X"
		if a.lw(k+1) != "in" || !a.has(k-1, cPassiveAux) {
			return 0, false, false
		}
		switch a.lw(k - 1) {
		case "been", "were", "was", "are", "is", "being":
			done = true
		}
		return k + 2, done, true
	case "training":
		// "will receive training in X", "underwent training in X"
		if a.lw(k+1) == "in" {
			switch a.lw(k - 1) {
			case "receive", "receives", "undergo", "undergoes", "get", "gets":
				return k + 2, false, true
			case "received", "underwent", "undergone", "got", "receiving", "undergoing", "getting":
				// (training going on is given, as "is training" is)
				return k + 2, a.lw(k-2) != "be", true
			}
			return 0, false, false
		}
		// "went to China for military training": "to X for (one word) training"
		f := k - 1
		if f > s.start && a.lw(f) != "for" {
			f--
		}
		if f-2 <= s.start || a.lw(f) != "for" {
			return 0, false, false
		}
		for t := f - 1; t > s.start && t >= f-4; t-- {
			if a.lw(t) != "to" {
				continue
			}
			switch a.lw(t - 1) {
			case "went", "travelled", "traveled", "came", "sent", "arrived":
				return t + 1, true, true
			case "go", "travel", "come", "goes", "travels":
				return t + 1, false, true
			}
		}
	}
	return 0, false, false
}

// agentAfter reports whether "by" follows token k in its sentence: the
// training has an agent of its own.
func (a *analysis) agentAfter(k int, s span) bool {
	for j := k; j < s.end; j++ {
		if a.lw(j) == "by" {
			return true
		}
	}
	return false
}
