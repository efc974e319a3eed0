package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// troopOwner is one contributing country in the forms a news sentence
// names it: its name, demonym, capital and ISO code.
type troopOwner struct {
	name, dem, capital, code string
}

// troopPhrase is one troop phrase with the head count the conventions
// give it ("" when the phrase has no number: units, "hundreds of").
type troopPhrase struct {
	text, value string
}

// troopFrame is one verb or frame with {S} (the owner as subject), {X}
// (the troop phrase) and {M} (mission or place), and the status it gives.
type troopFrame struct {
	name, tmpl string
	status     news.Status
}

var (
	troopOwners = []troopOwner{
		{"Kenya", "Kenyan", "Nairobi", "KE"}, {"Ghana", "Ghanaian", "Accra", "GH"},
		{"Rwanda", "Rwandan", "Kigali", "RW"}, {"France", "French", "Paris", "FR"},
		{"Germany", "German", "Berlin", "DE"}, {"Nepal", "Nepalese", "Kathmandu", "NP"},
		{"Bangladesh", "Bangladeshi", "Dhaka", "BD"}, {"Canada", "Canadian", "Ottawa", "CA"},
		{"Poland", "Polish", "Warsaw", "PL"}, {"Italy", "Italian", "Rome", "IT"},
	}
	// troopSubjects are the forms of the owner as a subject.
	troopSubjects = []string{"{name}", "{capital}", "the {dem} army", "the {dem} government"}
	troopPhrases  = []troopPhrase{
		{"50 troops", "50"}, {"250 soldiers", "250"}, {"1,200 troops", "1200"}, {"25,000 troops", "25000"},
		{"two hundred soldiers", "200"}, {"a thousand troops", "1000"}, {"hundreds of troops", ""},
		{"some 250 soldiers", "250"}, {"about 1,500 troops", "1500"}, {"up to 3,000 troops", "3000"},
		{"more than 400 soldiers", "400"}, {"nearly 600 troops", "600"}, {"300-400 troops", "400"},
		{"a 1,500-strong force", "1500"}, {"a contingent of 300 soldiers", "300"},
		{"a battalion of about 800 soldiers", "800"}, {"two companies", ""}, {"a brigade", ""},
		{"an infantry battalion", ""}, {"peacekeepers", ""}, {"120 military observers", "120"},
		{"150 police officers", "150"}, {"200 gendarmes", "200"}, {"80 engineers", "80"},
		{"40 medics", "40"}, {"special forces", ""}, {"500 marines", "500"}, {"300 paratroopers", "300"},
		{"50 instructors", "50"}, {"30 military advisers", "30"}, {"700 personnel", "700"},
		{"350 service members", "350"}, {"400 sailors", "400"},
		{"between 200 and 300 troops", "300"}, {"200 to 300 soldiers", "300"}, {"at least 500 troops", "500"},
		{"roughly 700 soldiers", "700"}, {"around 900 troops", "900"}, {"approximately 1,000 troops", "1000"},
		{"ten thousand troops", "10000"}, {"a 200-member contingent", "200"}, {"a 150-person team of soldiers", "150"},
		{"a company of 150 soldiers", "150"}, {"12,000 blue helmets", "12000"}, {"200 military personnel", "200"},
		{"dozens of soldiers", ""}, {"thousands of troops", ""}, {"three battalions", ""}, {"a company", ""},
		{"60 staff officers", "60"}, {"100 military trainers", "100"}, {"a 1,000-strong battalion", "1000"},
		{"an additional 400 troops", "400"}, {"two thousand five hundred soldiers", "2500"},
		{"a few thousand troops", ""}, {"several companies", ""}, {"2 battalions", ""}, {"one battalion", ""},
		{"a 500-man battalion", "500"}, {"over 600 troops", "600"}, {"almost 700 soldiers", "700"},
		{"as many as 2,000 troops", "2000"}, {"some 1,200-1,500 troops", "1500"},
		{"two battalions totalling 1,200 troops", "1200"}, {"three thousand and fifty soldiers", "3050"},
		{"1.5 thousand troops", "1500"}, {"fifteen hundred soldiers", "1500"},
	}
	troopFrames = []troopFrame{
		{"send", "{S} will send {X} to {M}.", news.StatusPledged},
		{"deployed", "{S} has deployed {X} to {M}.", news.StatusDelivered},
		{"dispatched", "{S} dispatched {X} to {M}.", news.StatusDelivered},
		{"contribute", "{S} will contribute {X} to {M}.", news.StatusPledged},
		{"committed", "{S} has committed {X} to {M}.", news.StatusPledged},
		{"station", "{S} will station {X} in {P}.", news.StatusPledged},
		{"join with", "{S} will join the mission in {P} with {X}.", news.StatusPledged},
		{"withdraw", "{S} will withdraw {X} from {M}.", news.StatusDeclined},
		{"headline to send", "{S} to send {X} to {M}", news.StatusPledged},
		{"passive by", "{X} will be deployed to {M} by {S}.", news.StatusPledged},
		{"plans to", "{S} plans to deploy {X} to {M}.", news.StatusPledged},
		{"agreed to", "{S} has agreed to send {X} to {M}.", news.StatusPledged},
		{"has sent", "{S} has sent {X} to {M}.", news.StatusDelivered},
		{"considering", "{S} is considering sending {X} to {M}.", news.StatusConsidering},
		{"ready to", "{S} is ready to send {X} to {M}.", news.StatusConsidering},
		{"ruled out", "{S} ruled out sending {X} to {M}.", news.StatusDeclined},
		{"will not", "{S} will not send {X} to {M}.", news.StatusDeclined},
		{"announced would", "{S} announced it would send {X} to {M}.", news.StatusPledged},
		{"as part of", "{S} will deploy {X} as part of {M}.", news.StatusPledged},
		{"progressive", "{S} is sending {X} to {M}.", news.StatusPledged},
		{"offered to", "{S} offered to send {X} to {M}.", news.StatusConsidering},
		{"could", "{S} could send {X} to {M}.", news.StatusConsidering},
		{"said would", "{S} said it would send {X} to {M}.", news.StatusPledged},
		{"pledged for", "{S} has pledged {X} for {M}.", news.StatusPledged},
		{"parliament approved", "The {dem} parliament approved sending {X} to {M}.", news.StatusPledged},
	}
	troopMissions = []string{"the UN mission in Mali", "Haiti", "Lebanon", "the African Union force in Somalia",
		"the NATO force in Kosovo"}
	troopPlaces = []string{"Estonia", "Lithuania", "Cyprus", "Latvia", "Romania"}
)

// troopRow is one generated row: its dimensions (for the failure
// counts), text and wanted lines.
type troopRow struct {
	owner, phrase, frame, text string
	want                       []string
}

// troopFill replaces the owner, mission and place slots of s.
func troopFill(s string, o troopOwner, m, p string) string {
	s = strings.NewReplacer("{name}", o.name, "{dem}", o.dem, "{capital}", o.capital,
		"{M}", m, "{P}", p).Replace(s)
	return strings.ToUpper(s[:1]) + s[1:]
}

// troopLine is the wanted line of owner o with value v ("" for none).
func troopLine(o troopOwner, v string, st news.Status) string {
	if v == "" {
		v = "-"
	}
	return fmt.Sprintf("%s troops %s %s", o.code, v, st)
}

// generateTroopRows builds subject forms × phrases × frames, the owners,
// missions and places rotating over the rows; then the frames where the
// owner sits inside the noun phrase and the change-of-level frames.
func generateTroopRows() []troopRow {
	var rows []troopRow
	n := 0
	for si, sub := range troopSubjects {
		for _, ph := range troopPhrases {
			for _, f := range troopFrames {
				o := troopOwners[n%len(troopOwners)]
				k := n + n/len(troopFrames) // so that each frame meets every mission
				m, p := troopMissions[k%len(troopMissions)], troopPlaces[k%len(troopPlaces)]
				n++
				s := strings.NewReplacer("{S}", sub, "{X}", ph.text).Replace(f.tmpl)
				rows = append(rows, troopRow{fmt.Sprint("subject ", si), ph.text, f.name,
					troopFill(s, o, m, p), []string{troopLine(o, ph.value, f.status)}})
			}
		}
	}
	extra := []struct {
		name, tmpl, value string
		status            news.Status
	}{
		{"demonym subject passive", "{N} {dem} police officers will be deployed to {M}.", "{N}", news.StatusPledged},
		{"demonym subject arrive", "{N} {dem} soldiers arrived in {P} on Monday.", "{N}", news.StatusDelivered},
		{"demonym object", "The government will send {N} {dem} troops to {M}.", "{N}", news.StatusPledged},
		{"possessive contingent join", "{name}'s contingent of {N} soldiers will join {M} next month.", "{N}", news.StatusPledged},
		{"contribution of", "{name}'s contribution of {N} troops to {M} was approved by parliament.", "{N}", news.StatusPledged},
		{"n more", "{name} will send {N} more troops to {M}.", "{N}", news.StatusPledged},
		{"a further", "{name} will deploy a further {N} soldiers to {M}.", "{N}", news.StatusPledged},
		{"an additional", "{capital} will send an additional {N} troops to {M}.", "{N}", news.StatusPledged},
		{"boost to", "{name} will boost its contingent in {P} to around {N}.", "{N}", news.StatusPledged}, // "by N to M": parts_generated_test.go
		{"lift the number to", "{name} will lift the number of its troops in {P} to nearly {N}.", "{N}", news.StatusPledged},
		{"reduce to", "{name} will reduce its force in {P} to {N}.", "{N}", news.StatusDeclined}, // "from A to B" is the cut: parts_generated_test.go
		{"withdraw n soldiers", "{name} will withdraw {N} soldiers from {M}.", "{N}", news.StatusDeclined},
		{"troops stationed", "{name} has {N} troops stationed in {P}.", "{N}", news.StatusDelivered},
		{"army has troops in a country", "The {dem} military has {N} troops in {P}.", "{N}", news.StatusDelivered},
		{"army has troops in the north of a country", "The {dem} army has {N} troops in the north of {P}.", "{N}", news.StatusDelivered},
		{"troops from a country take part in a mission", "About {N} soldiers from {name} will take part in the mission in {P}.", "{N}", news.StatusPledged},
		{"possessive unit arrives", "{name}'s contingent of {N} soldiers will arrive in {P} in March.", "{N}", news.StatusPledged},
		{"possessive count stationed", "{name}'s {N} peacekeepers are stationed in {P}.", "{N}", news.StatusDelivered},
		{"possessive strong unit leaves", "{name}'s {N}-strong contingent will leave {P} next year.", "{N}", news.StatusDeclined},
		{"demonym unit has arrived", "The {dem} contingent of {N} troops has arrived in {P}.", "{N}", news.StatusDelivered},
		{"capital metonym a further", "{capital} will send a further {N} soldiers to {M}, officials said.", "{N}", news.StatusPledged},
		{"recipient army named after", "{name} will send {N} troops to help the army of {P}, which has 20,000 soldiers.", "{N}", news.StatusPledged},
		{"army has peacekeepers", "The {dem} army has {N} peacekeepers in UN missions.", "{N}", news.StatusDelivered},
		{"army will send", "The {dem} army will send {N} troops to {M}.", "{N}", news.StatusPledged},
	}
	nums := []string{"450", "1,100", "600"}
	for _, x := range extra {
		for i, num := range nums {
			o := troopOwners[(n+i)%len(troopOwners)]
			m, p := troopMissions[(n+i)%len(troopMissions)], troopPlaces[(n+i)%len(troopPlaces)]
			s := troopFill(strings.ReplaceAll(x.tmpl, "{N}", num), o, m, p)
			v := strings.ReplaceAll(strings.ReplaceAll(x.value, "{N}", num), ",", "")
			rows = append(rows, troopRow{"extra", num, x.name, s, []string{troopLine(o, v, x.status)}})
		}
		n++
	}
	return rows
}

// TestGeneratedTroops runs the generated troop table and reports the
// failures counted per dimension value.
func TestGeneratedTroops(t *testing.T) {
	g := newGenTable(t)
	for _, r := range generateTroopRows() {
		g.expect(r.text, g.lines(r.text, giveRender), r.want, "owner "+r.owner, "phrase "+r.phrase, "frame "+r.frame)
	}
	g.done("generated rows")
}

// TestGeneratedTroopNearMisses checks, for every owner, sentences with a
// number of soldiers that are no commitment: an army's own size, enemy
// forces, casualties and prisoners, the recipient's troops, exercises,
// history with a year, commentators' numbers and population figures.
func TestGeneratedTroopNearMisses(t *testing.T) {
	e := newTestExtractor(t)
	tmpls := []string{
		"{name} has 20,000 active troops.",
		"The {dem} army has about 30,000 soldiers.",
		"Rebels sent 3,000 fighters toward {P}.",
		"Twelve {dem} soldiers were killed in the attack.",
		"{name} said 40 of its soldiers had been taken prisoner.",
		"The army of Mali has 5,000 soldiers in the north, {name} said.",
		"About 2,000 {dem} troops took part in exercises near the border.",
		"{name} sent 5,000 troops to the region in 1995.",
		"Analysts say {name} would need 10,000 troops to secure the region.",
		"{name} has a population of 50 million.",
		"{name} hosts 300,000 refugees from {P}.",
		"The insurgents have 4,000 fighters, {dem} officials said.",
		"Some 300 {dem} soldiers have been wounded since the war began.",
		"{name} captured 150 enemy soldiers near {P}.",
		"About 5,000 soldiers from {P} will train with the {dem} army.",
		"{name} will hold military exercises involving 3,000 troops next month.",
		"{name} deployed 2,000 troops to its border with {P}.",
		"{name} has 1,200 police officers in the capital.",
		"The {dem} army lost 800 soldiers in the fighting.",
		"Experts estimate that {name} could field 40,000 troops.",
		"{name} plans to recruit 10,000 new soldiers this year.",
		"In 1995, {name} sent 2,500 troops to {P}.",
		"About 1,500 {dem} soldiers will take part in the joint exercises in {P}.",
		"{name} will join the drills with 800 troops.",
		"{name} joined the mission in 1999 with 300 troops.",
		"The rebels will join the offensive with 2,000 fighters, {dem} officials said.",
		"{name} accused its neighbour of massing 3,000 troops on the border.",
		"The mission has 12,000 peacekeepers from 40 countries.",
		"{name} has lost 45 peacekeepers since the mission began.",
		"Opposition leaders in {name} said 10,000 troops would be needed.",
		"The {dem} police force has 80,000 officers.",
		"{name} will spend $2 billion to recruit 5,000 soldiers.",
	}
	fails := 0
	for i, tm := range tmpls {
		for j := 0; j < 3; j++ {
			o := troopOwners[(i+j*3)%len(troopOwners)]
			s := troopFill(tm, o, troopMissions[j], troopPlaces[(i+j)%len(troopPlaces)])
			if cs := e.Extract(s); len(cs) > 0 {
				fails++
				var got []string
				for _, c := range cs {
					got = append(got, giveRender(c))
				}
				t.Errorf("near miss %q gave %q", s, got)
			}
		}
	}
	if fails > 0 {
		t.Logf("%d near-miss rows fail", fails)
	}
}

// TestGeneratedTroopSecondAmount checks a second troop amount of a
// country in one sentence, in a fronted clause or a relative clause,
// for every owner: both lines, in text order.
func TestGeneratedTroopSecondAmount(t *testing.T) {
	e := newTestExtractor(t)
	tmpls := []struct{ tmpl, first, second string }{
		{"After sending 300 soldiers in May, {name} will send 150 more to {P}.", "300 delivered", "150 pledged"},
		{"Having deployed 400 troops last year, {name} will deploy a further 200.", "400 delivered", "200 pledged"},
		{"After dispatching 250 police officers, {name} plans to send 100 more.", "250 delivered", "100 pledged"},
		{"{name}, which sent 300 soldiers in May, will send a further 150.", "300 delivered", "150 pledged"},
		{"After losing 300 soldiers in May, {name} will send 150 more to {P}.", "", "150 pledged"},
	}
	for i, tm := range tmpls {
		for j := 0; j < 3; j++ {
			o := troopOwners[(i*3+j)%len(troopOwners)]
			s := troopFill(tm.tmpl, o, troopMissions[j], troopPlaces[(i+j)%len(troopPlaces)])
			var want []string
			if tm.first != "" {
				want = append(want, o.code+" troops "+tm.first)
			}
			want = append(want, o.code+" troops "+tm.second)
			var got []string
			for _, c := range e.Extract(s) {
				got = append(got, giveRender(c))
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("%q\n got  %q\n want %q", s, got, want)
			}
		}
	}
}
