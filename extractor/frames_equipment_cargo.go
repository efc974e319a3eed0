package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Goods carried by a vehicle of a named country: "a Turkish military
// plane carrying 20 tonnes of medical supplies landed in Beirut", "a ship
// from Qatar carrying food arrived", "another flight from Kuwait took
// off carrying 40 tons of supplies" (frame.equipment-cargo).

// ruleEquipCargo: goods carried by a plane, ship, flight or convoy that a
// demonym or "from" names: the country of the vehicle gives the cargo.
const ruleEquipCargo = "frame.equipment-cargo"

// cargoFrame matches goods q carried by a vehicle of a named country, the
// vehicle before a verb of carrying ("carrying", "transporting",
// "carried", "loaded with", "laden with", "filled with", "packed with")
// and the goods after it (counts, measures and other goods between):
//   - a demonym or country inside the vehicle's phrase: "a Turkish
//     military plane carrying …", "two German Air Force transport planes
//     are set to leave Hannover carrying …";
//   - "from" and a country after the vehicle: "a ship from Qatar carrying
//     …", "another flight from Kuwait took off carrying …".
//
// It is delivered (the vehicle is on its way or there), pledged when the
// sentence sets the journey in the future ("will", "set to", "expected
// to", "due to"), declined or considering by the cues. Not: a giver named
// after the goods ("carrying aid from China", "donated by Japan", left to
// the other frames), a vehicle hit, seized or stopped, goods smuggled,
// bought or withdrawn, casualties, a maker ("a Russian-made plane"), a
// group.
func (a *analysis) cargoFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	k := a.cargoVerbBefore(q, s)
	if k < 0 {
		return frame{}, false
	}
	// a giver named after the goods is the other frames' ("carrying aid
	// from China", "supplies donated by Japan")
	for j := q.end; j+1 < s.end; j++ {
		if (a.lw(j) == "from" || a.lw(j) == "by") && a.actorAt[j+1] >= 0 {
			return frame{}, false
		}
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) || cargoHostile(a.lw(j)) || a.has(j, cCasualty, cSale) {
			return frame{}, false
		}
	}
	actors, v := a.cargoOwner(k, s, q.sent)
	if len(actors) == 0 {
		return frame{}, false
	}
	for _, am := range actors {
		if am.cls == cGroup || am.person || len(am.code) != 2 && am.code != "EU" {
			return frame{}, false
		}
	}
	f := frame{actors: actors, anchor: span{k, k + 1}, rule: ruleEquipCargo, conf: 0.6,
		window: span{v, q.end}, forced: news.StatusDelivered}
	// ("is expected to land" is on its way: pledged, not hedged)
	switch st, _ := a.status(&frame{actors: f.actors, anchor: f.anchor, window: span{s.start, s.end}}); {
	case st == news.StatusDeclined:
		f.forced = st
	case a.cargoAhead(s):
		f.forced = news.StatusPledged
	case st == news.StatusConsidering:
		f.forced = st
	}
	return f, true
}

// cargoVerbBefore returns the index of the verb of carrying before goods
// q, with only counts, measures, articles and other goods between
// ("carrying 20 tonnes of medical supplies", "loaded with tents, blankets
// and …"); -1 when there is none.
func (a *analysis) cargoVerbBefore(q *quantity, s span) int {
	for j := q.start - 1; j >= s.start && j >= q.start-12; j-- {
		w := a.lw(j)
		switch w {
		case "carrying", "carried", "transporting":
			return j
		case "with":
			if j > s.start {
				switch a.lw(j - 1) {
				case "loaded", "laden", "filled", "packed", "stocked":
					return j - 1
				}
			}
			return -1
		case "of", "a", "an", "the", "some", "more", "than", "over", "about", "nearly", "around", "and", ",", "-", "essential",
			"humanitarian", "relief", "emergency", "urgently", "much", "needed", "much-needed", "vital":
			continue
		}
		if a.toks[j].kind == tNum || a.has(j, cNumWord, cQualifier, cContainer, cScale, cEquipNoun) {
			continue
		}
		return -1
	}
	return -1
}

// cargoOwner returns the country of the vehicle before the verb of
// carrying at k in sentence si (span s) and the index where the vehicle's phrase starts: a
// demonym or country inside the phrase ("a Turkish military plane",
// "German Air Force transport planes"), or a country after "from" right
// after the vehicle ("a ship from Qatar", "another flight from Kuwait
// took off").
func (a *analysis) cargoOwner(k int, s span, si int) ([]actorMention, int) {
	for v := k - 1; v >= s.start && v >= k-12; v-- {
		if !cargoVehicle(a.lw(v)) {
			continue
		}
		// "a ship from Qatar (…) carrying": the country after "from"
		if v+2 < k && a.lw(v+1) == "from" {
			var actors []actorMention
			for _, am := range a.listAt(v+2, s) {
				if am.end <= k && !a.modifiesGroup(am, s) {
					actors = append(actors, am)
				}
			}
			if len(actors) > 0 {
				return actors, v
			}
		}
		// "a Turkish military plane": a demonym or country among the
		// modifiers before the vehicle
		for j := v - 1; j >= s.start && j >= v-5; j-- {
			for _, m := range a.ann[j] {
				if (m.class == cDemonym || m.class == cCountry) && m.end <= v && len(m.value) == 2 && !a.madeBy(m.end) {
					if !a.modifiersBetween(m.end, v) {
						break
					}
					return []actorMention{{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: si}}, m.start
				}
			}
			if !a.vehicleModifier(j) {
				break
			}
		}
		return nil, 0 // the nearest vehicle decides
	}
	return nil, 0
}

// modifiersBetween reports whether every token in [from, to) is a
// modifier of a vehicle (vehicleModifier).
func (a *analysis) modifiersBetween(from, to int) bool {
	for j := from; j < to; j++ {
		if !a.vehicleModifier(j) {
			return false
		}
	}
	return true
}

// vehicleModifier reports whether token j may stand inside a vehicle's
// phrase before its head: a capitalised word ("Royal Air Force"), a count,
// a hyphen, or a word of service or cargo ("military", "navy",
// "transport", "cargo", "aid").
func (a *analysis) vehicleModifier(j int) bool {
	if a.toks[j].kind == tNum || a.has(j, cNumWord) || a.tx(j) == "-" || a.toks[j].kind == tWord && a.upper(j) && a.actorAt[j] < 0 {
		return true
	}
	switch a.lw(j) {
	case "military", "air", "force", "navy", "naval", "army", "transport", "cargo", "aid", "relief", "humanitarian",
		"coast", "guard", "defence", "defense", "government", "chartered", "special", "another", "first", "second",
		"third", "two", "more", "further", "additional", "(", ")":
		return true
	}
	return false
}

// cargoVehicle reports whether w names a vehicle that carries goods:
// planes, flights, ships, trucks, convoys.
func cargoVehicle(w string) bool {
	switch w {
	case "plane", "planes", "aircraft", "airplane", "airplanes", "jet", "jets", "flight", "flights", "airlift",
		"ship", "ships", "vessel", "vessels", "boat", "boats", "frigate", "frigates", "freighter", "freighters",
		"truck", "trucks", "lorry", "lorries", "convoy", "convoys", "helicopter", "helicopters", "train", "trains",
		"c-130", "c-17", "hercules", "globemaster", "a400m", "airliner", "tanker", "tankers":
		return true
	}
	return false
}

// cargoHostile reports whether w, anywhere in the sentence, says the
// vehicle or its cargo was hit, stopped or smuggled: no giving.
func cargoHostile(w string) bool {
	switch w {
	case "hit", "struck", "intercepted", "seized", "sank", "sunk", "destroyed", "downed", "shot", "crashed",
		"smuggling", "smuggled", "smugglers", "blocked", "stopped", "detained", "boarded", "raided", "looted", "hijacked",
		"confiscated", "impounded", "turned", "denied", "refused":
		return true
	}
	return false
}

// cargoAhead reports whether the sentence sets the journey in the future:
// "will", "set to", "expected to", "due to", "scheduled to", "preparing".
func (a *analysis) cargoAhead(s span) bool {
	for j := s.start; j < s.end; j++ {
		switch a.lw(j) {
		case "will", "'ll", "set", "expected", "due", "scheduled", "preparing", "planned", "shall":
			return true
		}
	}
	return false
}
