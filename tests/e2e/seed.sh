#!/usr/bin/env bash
# Seeds a data directory for the end-to-end tests through the admin CLI, as an administrator would:
# two boards, one person per role in "noord", an admin in "zuid" and an account for the throttling test.
set -euo pipefail
export DATA_DIR=${1:?usage: seed.sh DATA_DIR}
cd "$(dirname "$0")/../.."
pw='Welkom-2026!'
cli() { npm run --silent cli -- "$@"; }

cli org:create --name "Stichting Onderwijs Noord" --slug stichting-noord --school "OBS De Linde" --school "CBS Het Kompas"
cli org:create --name "Stichting Onderwijs Zuid" --slug stichting-zuid --school "OBS De Zuidster"

add() { cli user:create --email "$1" --name "$2" --org "$3" --role "$4" --password "$pw"; }
add admin@noord.test "Anna de Vries" stichting-noord admin
add editor@noord.test "Eva Jansen" stichting-noord editor
add fg@noord.test "Frank Gerritsen" stichting-noord fg
add bestuur@noord.test "Bram Bakker" stichting-noord bestuur
add gmr@noord.test "Gerda Mulder" stichting-noord gmr
add viewer@noord.test "Vera Smit" stichting-noord viewer
add throttle@noord.test "Tim Troost" stichting-noord viewer
add admin@zuid.test "Zoë Zuidema" stichting-zuid admin
# The FG serves both boards, as FGs often do.
add fg@noord.test "Frank Gerritsen" stichting-zuid fg
# A third board for the mail e2e (mail.e2e.ts): its editor submits an imported DPIA that is ready for the FG.
cli org:create --name "Stichting Mail" --slug stichting-mail
add editor@mail.test "Mila de Wit" stichting-mail editor
add fg@mail.test "Floor Visser" stichting-mail fg
cli import tests/fixtures/mail-dpia.json --org stichting-mail >/dev/null
