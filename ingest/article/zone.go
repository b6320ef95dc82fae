package article

import (
	"net/url"
	"strings"
	"time"
	_ "time/tzdata" // zone rules must not depend on the host
)

// Many sites write timestamps in UTC while the date their readers see (and
// that annotators record) is local. zoneFor guesses the site's zone from the
// host's country domain, then from the page language's region.
var tldZones = map[string]string{
	"de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
	"it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
	"pl": "Europe/Warsaw", "cz": "Europe/Prague", "dk": "Europe/Copenhagen", "se": "Europe/Stockholm",
	"no": "Europe/Oslo", "hu": "Europe/Budapest", "sk": "Europe/Bratislava", "si": "Europe/Ljubljana",
	"hr": "Europe/Zagreb", "lu": "Europe/Luxembourg", "fi": "Europe/Helsinki", "gr": "Europe/Athens",
	"ru": "Europe/Moscow", "br": "America/Sao_Paulo", "ar": "America/Argentina/Buenos_Aires",
	"uy": "America/Montevideo", "bo": "America/La_Paz", "co": "America/Bogota", "pe": "America/Lima",
	"cl": "America/Santiago", "mx": "America/Mexico_City", "ve": "America/Caracas", "ec": "America/Guayaquil",
	"in": "Asia/Kolkata", "jp": "Asia/Tokyo", "kr": "Asia/Seoul", "au": "Australia/Sydney", "nz": "Pacific/Auckland",
	"ca": "America/Toronto", "us": "America/New_York",
}

var langZones = map[string]string{
	"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
	"pl": "Europe/Warsaw", "cs": "Europe/Prague", "da": "Europe/Copenhagen", "sv": "Europe/Stockholm",
	"nb": "Europe/Oslo", "hu": "Europe/Budapest", "fi": "Europe/Helsinki", "pt-br": "America/Sao_Paulo",
	"es-ar": "America/Argentina/Buenos_Aires", "es-co": "America/Bogota", "es-mx": "America/Mexico_City",
	"es-cl": "America/Santiago", "es-pe": "America/Lima", "en-us": "America/New_York", "en-ca": "America/Toronto",
	"fr-ca": "America/Toronto", "en-au": "Australia/Sydney", "en-in": "Asia/Kolkata", "ja": "Asia/Tokyo", "ko": "Asia/Seoul",
}

func zoneFor(pageURL, lang string) *time.Location {
	name := ""
	if u, err := url.Parse(pageURL); err == nil {
		host := strings.ToLower(u.Hostname())
		if i := strings.LastIndexByte(host, '.'); i >= 0 {
			name = tldZones[host[i+1:]]
		}
	}
	if name == "" {
		lang = strings.ToLower(lang)
		if name = langZones[lang]; name == "" {
			base, _, _ := strings.Cut(lang, "-")
			name = langZones[base]
		}
	}
	if name == "" {
		return nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return loc
}

// localize moves a UTC timestamp that carries a real time of day into the
// site's zone; dates without a time stay as they are.
func localize(t time.Time, pageURL, lang string) time.Time {
	if _, off := t.Zone(); off != 0 || (t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0) {
		return t
	}
	if loc := zoneFor(pageURL, lang); loc != nil {
		return t.In(loc)
	}
	return t
}
