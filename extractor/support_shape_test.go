package extractor

import (
	"fmt"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// supportShape renders a line as actor, kind and status: the rows below
// test whether a support line is read, not the words of its item.
func supportShape(_ string, c news.Commitment) string {
	return fmt.Sprintf("%s %s %s", c.Actor, c.Kind, c.Status)
}

// TestSupportShapeNearMiss holds self-written near-misses of support
// lines of the kinds that go wrong on unseen news (round 4): a country's
// own activity, an organisation's own mission, training the recipient
// gives itself, past history, a mission described and not pledged, a
// purpose of something sent or created, a wish or a doubt of another, a
// third party's claim, events that are no operation and "support" as a
// stance. None of them is a support commitment.
func TestSupportShapeNearMiss(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// a country's own, domestic activity
		{"training its own reservists", "Germany has been training its own reservists at a base near Munich.", nil},
		{"an army trains with others", "The French army trains regularly with Belgian units.", nil},
		{"the recipient's army trains its recruits", "Ukraine's army will train new recruits at home.", nil},
		{"the recipient trains its pilots", "Ukraine trains its pilots on Western jets.", nil},
		{"protects its own border", "Turkey's army protects its own border with Syria.", nil},
		{"protection of its embassies", "France will strengthen protection of its embassies.", nil},
		{"medical care to its own citizens", "Germany will provide medical care to its citizens abroad.", nil},
		{"support to its farmers", "The Dutch government will support farmers hit by the drought.", nil},
		{"coast guard patrols at home", "The Spanish coast guard patrols the Strait of Gibraltar.", nil},
		{"navy rescued migrants", "The Italian navy rescued 300 migrants off the island.", nil},
		{"an exercise with another army", "The French army conducted an exercise with Estonian troops.", nil},
		{"intercepted a jet", "The German air force intercepted a Russian jet over the Baltic.", nil},
		// an organisation's own work, a mission described
		{"a fund set up to provide support", "The new fund was set up to provide long-term financial support to Ukraine.", nil},
		{"a facility designed to provide training", "The facility is designed to provide training to African armies.", nil},
		{"an instrument created to provide support", "The facility is a new European Union instrument created to provide sustainable financial support to Ukraine.", nil},
		{"a centre established to coordinate logistics", "The centre, established to coordinate logistics for the allies, opened in Poland.", nil},
		{"a mission's tasks", "The mission is tasked with protecting civilians and monitoring the ceasefire.", nil},
		{"a force's tasks under a plan", "Under the plan, the force would escort convoys and secure ports.", nil},
		{"a mission that aims to train", "The mission aims to train local forces and provide medical care.", nil},
		{"the EU mission monitors", "The EU mission monitors the border between the two countries.", nil},
		{"an agency works to protect", "The agency works to protect civilians in conflict zones.", nil},
		// the purpose of something sent: the unit or the goods are the line
		{"a ship sent to help secure", "Germany will send a frigate to help secure the coast.",
			[]string{"DE equipment pledged"}},
		{"a unit sent to help protect", "Belgium will send a small navy unit to help protect the port.", nil},
		{"aircraft deployed to help police", "The Netherlands will send two jets to help police the skies over Poland.",
			[]string{"NL equipment pledged"}},
		{"a team of experts sent to help investigate", "France sent a team of experts to help investigate the crash.",
			[]string{"FR support delivered"}},
		{"measures to help families", "Italy announced new measures to help families pay energy bills.", nil},
		{"a decree to help farmers", "Spain approved a decree to help farmers.", nil},
		// past history
		{"led a mission in a past year", "In 2015, Canada led a training mission in the country.", nil},
		{"led a mission between two years", "Britain led the mission from 2003 to 2009.", nil},
		{"commanded an operation until last year", "France commanded the operation until last year.", nil},
		{"passive led in past years", "The mission was led by Italy between 2010 and 2014.", nil},
		{"took over command and handed it back", "Italy took over command of the mission in 2018 and handed it back in 2020.", nil},
		{"an organisation has led its mission for years", "NATO has been leading the peacekeeping mission in the region since 2004.", nil},
		{"a long history of peacekeeping", "India has a long history of contributing to peacekeeping.", nil},
		{"has supported peacekeeping for decades", "Japan has supported peacekeeping operations for decades.", nil},
		// wishes, doubts and open questions of others
		{"wants another to lead", "France wants the EU to lead the naval mission.", nil},
		{"said another should take command", "Germany said NATO should take over command of the mission.", nil},
		{"called for a mission", "Italy called for a European mission to protect shipping.", nil},
		{"asked another to provide", "Kenya asked the United States to provide logistics and intelligence.", nil},
		{"hopes another will provide", "Ukraine hopes Germany will provide more training.", nil},
		{"analysts doubt a country can provide", "Analysts doubt Germany can provide enough training.", nil},
		{"remains to be seen whether it will lead", "It remains to be seen whether France will lead the mission.", nil},
		{"unclear whether it will offer", "It is unclear whether Japan will offer logistics support.", nil},
		{"declined to comment on whether", "A spokesman declined to comment on whether Britain would share intelligence.", nil},
		{"the alliance must provide", "The minister said the alliance must provide more air defence.", nil},
		{"an initiative to maintain stability through peacekeeping",
			"Namibia has been modernising its army as part of a commitment to the regional bloc, an initiative to maintain security through multinational peacekeeping efforts.", nil},
		{"peacekeeping troops are troops, not support",
			"Germany will send peacekeeping troops to the region.", []string{"DE troops pledged"}},
		// the source of a report gives nothing
		{"according to the recipient's envoy, another trains",
			"According to the ambassador of Ukraine, the British are training a group of volunteers.", []string{"GB support delivered"}},
		// third parties' claims
		{"officials claim a country supplied", "China has supplied intelligence to Russia, US officials claim.", nil},
		{"accused another of providing", "Russia accused Britain of providing intelligence to Ukraine.", nil},
		{"denies that it provides", "Moscow denies that it provides training to the rebels.", nil},
		// events and talks are no operation
		{"take part in a conference", "Germany said it would take part in the reconstruction conference.", nil},
		{"participate in a conference", "Turkey will participate in the conference in Geneva.", nil},
		{"taking part in talks", "Italy is taking part in the talks on the ceasefire.", nil},
		{"host a summit", "Poland will host the NATO summit next year.", nil},
		{"hosted a conference", "Lithuania hosted a conference on reconstruction in Vilnius.", nil},
		{"host talks", "Qatar offered to host talks between the parties.", nil},
		{"talks focused on training", "The talks focused on training and logistics.", nil},
		{"discussed ways to help", "Leaders discussed ways to help Ukraine repair its grid.", nil},
		{"joined calls", "Britain joined calls for a ceasefire.", nil},
		{"joined sanctions", "Norway joined the sanctions against Moscow.", nil},
		{"joined an alliance", "Sweden officially joined NATO in March.", nil},
		{"a package includes goods: no member lines", "The package includes tanks from Germany, France and Spain.", nil},
		{"an operation named with one member's police", "The mission includes Kenya's police.", nil},
		{"a programme's countries are its beneficiaries", "The training programme includes Moldova, Georgia and Armenia.", nil},
		{"a drone coalition's members supply materiel", "The drone coalition includes Latvia, Lithuania and Sweden.",
			[]string{"LV equipment pledged", "LT equipment pledged", "SE equipment pledged"}},
		// support as a stance or a role in diplomacy
		{"supports a resolution", "Washington supports the resolution on the ceasefire.", nil},
		{"backs a plan", "Germany backs the peace plan proposed by Brazil.", nil},
		{"supports a proposal", "Spain supports the French proposal for a mission.", nil},
		{"voted in favour of a mission", "Italy voted in favour of the mission at the Security Council.", nil},
		{"welcomed a decision", "Sweden welcomed the decision to deploy the mission.", nil},
		{"a strong supporter of a mission", "China is a strong supporter of the UN mission.", nil},
		{"offered to mediate", "China offered to mediate between the two sides.", nil},
		{"helped broker a deal", "Norway helped broker the deal.", nil},
		{"pledged to help find a solution", "France pledged to help find a diplomatic solution.", nil},
		{"promised to help join a bloc", "Germany promised to help Ukraine join the EU.", nil},
		{"helped to stop a plan is no help", "Germany helped to stop the plan.", nil},
		{"forces of the recipient train their own", "Ukrainian forces have helped to train their own reservists.", nil},
		{"rejoined an alliance in a past year", "France rejoined the alliance's command in 2009.", nil},
		{"pledges of support as a whole are a stance", "The meeting in Paris saw renewed pledges of support for Ukraine.", nil},
		{"an offer of training with no giver", "The offer of training was rejected.", nil},
		{"escorted a person", "Italy escorted the president to the airport.", nil},
		{"escorts its own ships", "The Italian navy escorts its own ships.", nil},
		{"logistics for an exercise", "The Bundeswehr provides logistics for the NATO exercise in Lithuania.", nil},
		{"security at a summit", "Italy will provide protection at the summit in Rome.", nil},
		{"consular assistance to citizens", "The embassy provides consular assistance to citizens.", nil},
		{"financial support to companies", "The French government will provide financial support to companies affected by the sanctions.", nil},
		{"offered condolences", "Britain offered its condolences.", nil},
		{"provided a venue for talks", "Germany provided the venue for the talks.", nil},
		{"will host a round of talks", "Finland will host the next round of talks.", nil},
		{"an intelligence service says", "British intelligence says Russia has lost 50,000 soldiers.", nil},
		{"airstrikes on a city", "Russia conducted airstrikes on Kyiv overnight.", nil},
		{"the Red Cross provides support", "The Red Cross provides medical support to the wounded.", nil},
		{"the recipient's soldiers provide protection at home", "Ukrainian soldiers provide protection for their own cities.", nil},
		{"the recipient's forces provide air cover for their offensive", "Ukrainian forces provided air cover for the counteroffensive.", nil},
		{"the recipient trains new soldiers", "Ukraine has trained 30,000 new soldiers this year.", nil},
		{"a training centre for its own recruits", "Kyiv will host a training centre for its own recruits.", nil},
		{"the recipient hosts a conference", "Ukraine will host the reconstruction conference next year.", nil},
		{"help a country with a matter that is no help", "Germany agreed to help Greece with its debt.", nil},
		{"establish relations", "Sweden pledged to establish diplomatic relations with the new government.", nil},
		{"establish a working group", "India agreed to establish a joint working group.", nil},
		{"help a country fight corruption", "The UK pledged to help the country fight corruption.", nil},
		{"help organise a conference", "Italy offered to help organise the conference.", nil},
		{"lead an investigation", "France agreed to lead the investigation into the crash.", nil},
		{"monitor elections", "Norway agreed to monitor the elections.", nil},
		{"back a mission at the council", "France vowed to back the naval mission at the Security Council.", nil},
		{"support a mission in the vote", "Greece pledged to support the training mission in the vote.", nil},
		{"ready to help end a war", "Turkey said it was ready to help end the war.", nil},
		{"offered to help with peace talks", "China offered to help with peace talks.", nil},
		{"refused to support a mission", "Hungary refused to support the training mission.", nil},
		{"monitors said", "Monitors said the ceasefire was violated overnight.", nil},
		{"a control centre said", "The control centre said the flight was delayed.", nil},
		{"a football team arrived", "The French team arrived in Doha on Monday.", nil},
		{"a team of soldiers arrived is troops", "A team of 40 British soldiers arrived in Estonia.", []string{"GB troops delivered"}},
		// the recipient named as the one who helps
		{"thanked another for training", "Ukraine thanked Britain for training its soldiers.", nil},
		{"praised another's support", "The Ukrainian president praised Poland's logistics support.", nil},
		// (the place of the training gives it, as in the dev gold:
		// support.trained-in; the trainees are no actor)
		{"trainees receive training abroad", "Ukrainian soldiers are receiving training in Britain.", []string{"GB support delivered"}},
	}
	runCases(t, e, tests, supportShape)
}

// TestSupportShapeParaphrase holds self-written support commitments in
// general phrasings (round 4): command taken over, hosting, training,
// logistics, air cover, medical staff, escorts, passives with an agent.
// Each clause of one giver gives one line.
func TestSupportShapeParaphrase(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		{"will take over command of", "Italy will take over command of the naval mission in June.", []string{"IT support pledged"}},
		{"will assume command of", "Turkey will assume command of the peacekeeping force next year.", []string{"TR support pledged"}},
		{"will lead a training mission", "Spain will lead the EU training mission from January.", []string{"ES support pledged"}},
		{"agreed to lead a mission", "Kenya agreed to lead the multinational mission to Haiti.", []string{"KE support pledged"}},
		{"agreed to host a hub", "Poland agreed to host a logistics hub for military aid.", []string{"PL support pledged"}},
		{"offered to host a training centre", "Romania has offered to host a training centre for F-16 pilots.", []string{"RO support considering"}},
		{"will host a repair facility", "Slovakia will host a repair facility for Ukrainian tanks.", []string{"SK support pledged"}},
		{"agreed to train", "Britain agreed to train Ukrainian marines.", []string{"GB support pledged"}},
		{"agreed to help train: one line", "Norway agreed to help train Ukrainian pilots.", []string{"NO support pledged"}},
		{"offered logistics support", "Denmark has offered logistics support to the mission.", []string{"DK support pledged"}},
		{"will provide air cover", "France will provide air cover for the convoy.", []string{"FR support pledged"}},
		{"will send a medical team", "Japan will send a medical team to Turkey.", []string{"JP support pledged"}},
		{"will provide airlift", "Canada will provide airlift for the African force.", []string{"CA support pledged"}},
		{"two kinds in one clause: one line", "The US will provide intelligence and surveillance to Kenya.", []string{"US support pledged"}},
		{"agreed to provide naval escorts", "Italy has agreed to provide naval escorts for grain ships.", []string{"IT support pledged"}},
		{"is providing training", "The UK is providing training to Ukrainian troops.", []string{"GB support pledged"}},
		{"will send instructors", "Estonia will send military instructors to Ukraine.", []string{"EE support pledged"}},
		{"has provided cyber defence assistance", "Latvia has provided cyber defence assistance to Ukraine.", []string{"LV support delivered"}},
		{"a ministry will share imagery", "The Pentagon will share satellite imagery with Kyiv.", []string{"US support pledged"}},
		{"passive with the object of training", "Training of Ukrainian pilots will be provided by Belgium.", []string{"BE support pledged"}},
		{"passive training after a noun phrase", "Medical support for the mission will be provided by Sweden.", []string{"SE support pledged"}},
		{"will take over air policing", "Berlin said it would take over air policing over the Baltic states.", []string{"DE support pledged"}},
		{"will set up a repair centre", "The Czech Republic said it would set up a repair centre for Ukrainian equipment.", []string{"CZ support pledged"}},
		{"refused to share intelligence", "Washington has refused to share intelligence with the rebels.", []string{"US support declined"}},
		{"will not take part in a training mission", "Austria will not take part in the training mission.", []string{"AT support declined"}},
		{"trained in the past", "Britain trained Ukrainian troops last year.", []string{"GB support delivered"}},
		{"his country is the speaker's, not the recipient's",
			"The Spanish prime minister ruled out sending troops to Ukraine, saying his country would help with logistics.",
			[]string{"ES troops declined", "ES support pledged"}},
		{"his country after a meeting with another leader",
			"The Brazilian president said after a meeting with the German chancellor that his country would help with demining.",
			[]string{"BR support pledged"}},
		{"a country's offer of a kind of support", "Germany's offer of logistical support was welcomed by Kyiv.", []string{"DE support pledged"}},
		{"made a pledge of a kind of support", "Italy made a pledge of logistical support to the mission.", []string{"IT support pledged"}},
		{"announced an offer of a kind of support", "Japan announced an offer of medical support.", []string{"JP support pledged"}},
		{"a navy will escort ships", "The British navy will escort merchant ships in the Red Sea.", []string{"GB support pledged"}},
		{"agreed to escort grain ships", "Denmark has agreed to escort grain ships.", []string{"DK support pledged"}},
		{"will not escort others' ships", "US ships will not escort other nations' ships through the straits.", []string{"US support declined"}},
		{"participation by its peacekeepers is troops", "Russia is not considering any participation by its peacekeepers in the coalition force.", []string{"RU troops declined"}},
		{"extended the participation of soldiers is troops", "The parliament in Berlin has extended the participation of German soldiers in the UN mission.", []string{"DE troops delivered"}},
		{"help a country with demining", "Germany agreed to help Ukraine with demining.", []string{"DE support pledged"}},
		{"pledged to establish a hub", "Poland pledged to establish a logistics hub for the allies.", []string{"PL support pledged"}},
		{"pledged to support a mission", "Germany pledged to support the EU mission.", []string{"DE support pledged"}},
		{"new recruits for another's army", "Britain will train 10,000 new recruits for the Ukrainian army.", []string{"GB support pledged"}},
		{"dispatched monitors", "The EU has dispatched 44 monitors to the border.", []string{"EU support delivered"}},
		{"will set up a control centre", "Germany announced it would set up a new planning and control centre for the allies.", []string{"DE support pledged"}},
		{"offered to host a command centre", "The United States has offered to host the command centre in Virginia.", []string{"US support considering"}},
		{"a team of a country's medical experts arrived", "A team of Chinese medical experts arrived in the capital.", []string{"CN support delivered"}},
		{"a country's medical team arrived", "A Japanese medical team arrived in Ankara on Monday.", []string{"JP support delivered"}},
		{"forces have helped to train", "British forces have also helped to train more than 18,000 Iraqi soldiers.", []string{"GB support delivered"}},
		{"instructors will help to train", "Canadian instructors will help to train Ukrainian recruits.", []string{"CA support pledged"}},
		{"a country has helped to train", "Norway has helped to train Ukrainian deminers.", []string{"NO support delivered"}},
		// (a lead already taken is in place, as "took command of": commandTaken)
		{"assumed the lead for a mission", "Norway this month assumed the lead for the air policing mission over the Baltic states.", []string{"NO support delivered"}},
		{"rejoined a mission", "Britain rejoined the mission in April.", []string{"GB support pledged"}},
		{"a team of people sent to help", "Spain dispatched a professional team of 90 people to help the country.", []string{"ES support delivered"}},
		// members listed after an operation noun and a verb of including
		{"a coalition includes counted countries", "The demining coalition includes 12 countries: Belgium, Denmark and Japan.",
			[]string{"BE support pledged", "DK support pledged", "JP support pledged"}},
		{"a coalition comprises", "The coalition comprises Britain, France and Italy.",
			[]string{"GB support pledged", "FR support pledged", "IT support pledged"}},
		{"a mission also includes", "The naval mission also includes the Netherlands, Greece and Spain.",
			[]string{"NL support pledged", "GR support pledged", "ES support pledged"}},
		{"an initiative brings together", "The initiative brings together Canada, Japan and Norway.",
			[]string{"CA support pledged", "JP support pledged", "NO support pledged"}},
		{"the recipient listed among members gives nothing",
			"Ten countries will help Ukraine clear mines. The coalition includes Ukraine, Latvia and Sweden. Latvia will provide training to Ukraine.",
			// (the ten countries' help is a group line, not scored: helpCountryVerb)
			[]string{"group:Ten countries support pledged", "SE support pledged", "LV support pledged"}},
		// civilian teams are support, and so are the gapped counts of their list
		{"aid personnel and a gapped list", "France dispatched 139 aid personnel, Austria 105, Switzerland 80, Malta 32.",
			[]string{"FR support delivered", "AT support delivered", "CH support delivered", "MT support delivered"}},
		{"rescue workers sent", "Japan will send a team of 70 rescuers to the quake zone.", []string{"JP support pledged"}},
		{"emergency response personnel", "Norway has sent 40 emergency response personnel.", []string{"NO support delivered"}},
	}
	runCases(t, e, tests, supportShape)
}
