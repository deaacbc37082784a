package mock

import "maps"

// bookEntry is one street of the mock's address book. Validation matches a
// request against the entries of its country; area is the street's local
// area code, an area code of the number pool (so numbers can be reserved
// from it).
type bookEntry struct {
	street, city, postal, area string
	// extra holds the country fields the book standardises: streetType,
	// province, district.
	extra    map[string]string
	lat, lon float64 // Germany only
}

func st(streetType string) map[string]string { return map[string]string{"streetType": streetType} }

// addressBook is the deterministic address book: three or four streets per
// served country (assumed data; the first entry is KnownAddress's).
var addressBook = map[string][]bookEntry{
	"AT": {
		{street: "Stephansplatz", city: "Wien", postal: "1010", area: "1"},
		{street: "Herrengasse", city: "Graz", postal: "8010", area: "316"},
		{street: "Getreidegasse", city: "Salzburg", postal: "5020", area: "662"},
	},
	"BE": {
		{street: "Rue Neuve", city: "Bruxelles", postal: "1000", area: "2"},
		{street: "Meir", city: "Antwerpen", postal: "2000", area: "3"},
		{street: "Veldstraat", city: "Gent", postal: "9000", area: "9"},
	},
	"CH": {
		{street: "Bahnhofstrasse", city: "Zürich", postal: "8001", area: "44"},
		{street: "Rue du Rhône", city: "Genève", postal: "1204", area: "22"},
		{street: "Bundesplatz", city: "Bern", postal: "3003", area: "31"},
	},
	"CZ": {
		{street: "Václavské náměstí", city: "Praha", postal: "110 00", area: "2"},
		{street: "Masarykova", city: "Brno", postal: "602 00", area: "5"},
		{street: "Stodolní", city: "Ostrava", postal: "702 00", area: "59"},
	},
	"DE": {
		{street: "Unter den Linden", city: "Berlin", postal: "10117", area: "30", lat: 52.5170, lon: 13.3888},
		{street: "Marienplatz", city: "München", postal: "80331", area: "89", lat: 48.1374, lon: 11.5755},
		{street: "Königsallee", city: "Düsseldorf", postal: "40212", area: "211", lat: 51.2248, lon: 6.7794},
		{street: "Jungfernstieg", city: "Hamburg", postal: "20354", area: "40", lat: 53.5526, lon: 9.9926},
	},
	"DK": {
		{street: "Strøget", city: "København", postal: "1160", area: "3"},
		{street: "Søndergade", city: "Aarhus", postal: "8000", area: "8"},
		{street: "Vestergade", city: "Odense", postal: "5000", area: "6"},
	},
	"ES": {
		{street: "Gran Vía", city: "Madrid", postal: "28013", area: "91",
			extra: map[string]string{"streetType": "Calle", "province": "Madrid"}},
		{street: "Diagonal", city: "Barcelona", postal: "08008", area: "93",
			extra: map[string]string{"streetType": "Avenida", "province": "Barcelona"}},
		{street: "Sierpes", city: "Sevilla", postal: "41004", area: "95",
			extra: map[string]string{"streetType": "Calle", "province": "Sevilla"}},
	},
	"FI": {
		{street: "Aleksanterinkatu", city: "Helsinki", postal: "00100", area: "9"},
		{street: "Hämeenkatu", city: "Tampere", postal: "33100", area: "3"},
		{street: "Yliopistonkatu", city: "Turku", postal: "20100", area: "2"},
	},
	"FR": {
		{street: "Rivoli", city: "Paris", postal: "75001", area: "1", extra: st("Rue")},
		{street: "Champs-Élysées", city: "Paris", postal: "75008", area: "1", extra: st("Avenue")},
		{street: "République", city: "Lyon", postal: "69002", area: "4", extra: st("Rue")},
	},
	"GB": {
		{street: "Downing Street", city: "London", postal: "SW1A 2AA", area: "20"},
		{street: "Deansgate", city: "Manchester", postal: "M3 4LQ", area: "161"},
		{street: "Princes Street", city: "Edinburgh", postal: "EH2 2ER", area: "131"},
	},
	"HU": {
		{street: "Váci utca", city: "Budapest", postal: "1052", area: "1"},
		{street: "Piac utca", city: "Debrecen", postal: "4024", area: "52"},
		{street: "Kárász utca", city: "Szeged", postal: "6720", area: "62"},
	},
	"IE": {
		{street: "O'Connell Street", city: "Dublin", postal: "D01 F5P2", area: "1"},
		{street: "Patrick Street", city: "Cork", postal: "T12 YH60", area: "21"},
		{street: "Shop Street", city: "Galway", postal: "H91 E2W6", area: "91"},
	},
	"IT": {
		{street: "del Corso", city: "Roma", postal: "00186", area: "06",
			extra: map[string]string{"streetType": "Via", "province": "RM"}},
		{street: "Montenapoleone", city: "Milano", postal: "20121", area: "02",
			extra: map[string]string{"streetType": "Via", "province": "MI"}},
		{street: "Toledo", city: "Napoli", postal: "80134", area: "081",
			extra: map[string]string{"streetType": "Via", "province": "NA"}},
	},
	"LU": {
		{street: "Grand-Rue", city: "Luxembourg", postal: "L-1660", area: "2"},
		{street: "Avenue de la Gare", city: "Esch-sur-Alzette", postal: "L-4130", area: "5"},
		{street: "Grand-Rue", city: "Diekirch", postal: "L-9240", area: "8"},
	},
	"NL": {
		{street: "Damrak", city: "Amsterdam", postal: "1012 LG", area: "20"},
		{street: "Coolsingel", city: "Rotterdam", postal: "3011 AD", area: "10"},
		{street: "Lange Voorhout", city: "Den Haag", postal: "2514 EA", area: "70"},
	},
	"NO": {
		{street: "Karl Johans gate", city: "Oslo", postal: "0154", area: "2"},
		{street: "Bryggen", city: "Bergen", postal: "5003", area: "5"},
		{street: "Munkegata", city: "Trondheim", postal: "7011", area: "7"},
	},
	"PL": {
		{street: "Nowy Świat", city: "Warszawa", postal: "00-373", area: "22"},
		{street: "Floriańska", city: "Kraków", postal: "31-019", area: "12"},
		{street: "Długa", city: "Gdańsk", postal: "80-827", area: "58"},
	},
	"PT": {
		{street: "Augusta", city: "Lisboa", postal: "1100-053", area: "21", extra: map[string]string{"district": "Lisboa"}},
		{street: "Santa Catarina", city: "Porto", postal: "4000-442", area: "22", extra: map[string]string{"district": "Porto"}},
		{street: "Ferreira Borges", city: "Coimbra", postal: "3000-180", area: "239", extra: map[string]string{"district": "Coimbra"}},
	},
	"RO": {
		{street: "Calea Victoriei", city: "București", postal: "010063", area: "21"},
		{street: "Strada Memorandumului", city: "Cluj-Napoca", postal: "400114", area: "264"},
		{street: "Bulevardul Revoluției", city: "Timișoara", postal: "300024", area: "256"},
	},
	"SE": {
		{street: "Drottninggatan", city: "Stockholm", postal: "111 51", area: "8"},
		{street: "Kungsportsavenyn", city: "Göteborg", postal: "411 36", area: "31"},
		{street: "Stortorget", city: "Malmö", postal: "211 22", area: "40"},
	},
	"SK": {
		{street: "Obchodná", city: "Bratislava", postal: "811 06", area: "2"},
		{street: "Hlavná", city: "Košice", postal: "040 01", area: "55"},
		{street: "Mariánske námestie", city: "Žilina", postal: "010 01", area: "41"},
	},
}

// knownHouseNumber is the house number KnownAddress uses.
const knownHouseNumber = "1"

// KnownAddress returns the input fields of one valid address-book entry of
// country (an ISO 3166-1 alpha-2 code the mock serves), as the body of POST
// /addressManagement/v1/validateAddress takes them: country, houseNumber,
// streetName, city, postalCode and the country's fields the book holds
// (FR streetType; ES streetType and province; IT streetType and province;
// PT district). Validating it answers Valid. It returns nil for a country
// the mock does not serve. The map is the caller's.
func KnownAddress(country string) map[string]string {
	entries := addressBook[country]
	if len(entries) == 0 {
		return nil
	}
	e := entries[0]
	out := map[string]string{
		"country": country, "houseNumber": knownHouseNumber,
		"streetName": e.street, "city": e.city, "postalCode": e.postal,
	}
	maps.Copy(out, e.extra)
	return out
}

// KnownCoordinates returns the latitude and longitude of KnownAddress's
// entry where the mock has them (Germany only, as on the wire), for
// GET /addressManagement/v1/LACByLocation.
func KnownCoordinates(country string) (latitude, longitude float64, ok bool) {
	entries := addressBook[country]
	if len(entries) == 0 || country != "DE" {
		return 0, 0, false
	}
	return entries[0].lat, entries[0].lon, true
}

// KnownLAC returns the local area code LACByLocation answers for
// KnownAddress's entry (it is an area code of the number pool), or "" for
// a country the mock does not serve.
func KnownLAC(country string) string {
	entries := addressBook[country]
	if len(entries) == 0 {
		return ""
	}
	return entries[0].area
}
