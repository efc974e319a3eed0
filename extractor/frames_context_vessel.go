package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// guardVesselOwner stops a line for a named vessel whose navy (prefix,
// demonym or bracketed country) is not among the frame's actors.
const guardVesselOwner = "guard.vessel-owner"

// vesselOwnerMismatch reports whether q is a named vessel ("HMS Meteor",
// "the German frigate FGS Meteor", "Meteor (Germany)") whose owning
// country is none of the actors of f: "the task force, which includes the
// frigate FGS Meteor, is led by Italy" is no Italian ship.
func (a *analysis) vesselOwnerMismatch(f *frame, q *quantity) bool {
	if q.kind != news.KindEquipment || len(f.actors) == 0 || !a.namedVessel(q) {
		return false
	}
	owner := ""
	for k := q.start; k < q.end && owner == ""; k++ {
		for _, m := range a.ann[k] {
			if (m.class == cDemonym || m.class == cCountry) && m.end <= q.end && len(m.value) == 2 && m.value != "EU" {
				owner = m.value
				break
			}
		}
	}
	if owner == "" {
		return false
	}
	for _, am := range f.actors {
		if am.code == owner {
			return false
		}
	}
	return true
}
