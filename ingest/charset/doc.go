// Package charset turns fetched page bodies into valid UTF-8 and repairs
// text that was decoded with the wrong charset upstream (mojibake).
//
// ToUTF8 decides the charset from, in order, a byte order mark, the HTTP
// Content-Type header, a <meta> declaration near the top of the page and
// finally detection; declarations that contradict the bytes (a valid UTF-8
// body declared windows-1252, or the reverse) lose to the bytes.
// FixMojibake undoes the common "UTF-8 read as Windows-1252" damage
// ("â€™", "Ã©", "Â ") in already-decoded text.
package charset
