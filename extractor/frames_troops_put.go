package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleTroopsPut names the frame on troops a country puts somewhere.
const ruleTroopsPut = "troops.put"

// putTroopsFrame matches troops right after a form of "put" (past "its",
// "any", "their own"): "are willing to put troops on the ground in
// Ukraine", "would not put boots on the ground", "is prepared to put
// soldiers into a reassurance force". The subject of "put" commits them;
// the status cues of the clause apply (a hedge: considering; a
// negation: declined). Troops put "on alert" or "on standby" are held
// ready at home and give no frame here.
func (a *analysis) putTroopsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	k := q.start - 1
	if isPut(a.lw(q.start)) {
		k = q.start // the mention may hold the verb: "put boots on the ground"
	}
	for k > s.start && q.start-k <= 3 && !isPut(a.lw(k)) {
		switch a.lw(k) {
		case "its", "their", "any", "own", "the", "some", "more", "western", "european", "foreign":
			k--
			continue
		}
		break
	}
	if k <= s.start {
		return frame{}, false
	}
	if !isPut(a.lw(k)) {
		return frame{}, false
	}
	for j := q.end; j < s.end && j <= q.end+3; j++ {
		switch a.lw(j) {
		case "alert", "standby", "notice", "readiness":
			return frame{}, false // "put 8,500 troops on high alert"
		}
	}
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok {
		return frame{}, false
	}
	f.anchor = span{k, k + 1}
	f.name = ruleTroopsPut
	f.window = span{min(f.window.start, k), min(s.end, q.end+2)}
	return f, true
}

// isPut reports whether w is a form of "put".
func isPut(w string) bool {
	return w == "put" || w == "puts" || w == "putting"
}
