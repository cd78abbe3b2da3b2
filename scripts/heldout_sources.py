"""The held-out corpus's help centres and manuals, copied whole (scripts/build_heldout_corpus.py `--clone NAME=PATH`):
the repository's name -> its folder under heldout/. Where a source is not the defaults (MicrosoftDocs, CC-BY-4.0,
LICENSE, every .md and .mdx file), its owner, licence, repository name, folder, licence file and kinds of file are in
heldout_source_origins.py. Each session's additions and the commands that built them: docs/heldout-corpus.md."""

SOURCES = {
    # repository on github.com/MicrosoftDocs -> folder under heldout/
    "OfficeDocs-Exchange": "ms-exchange-docs",
    "OfficeDocs-ProjectServer": "ms-projectserver-docs",
    "OfficeDocs-O365ITPro": "ms-o365itpro-docs",
    "OfficeDocs-MicrosoftSearch": "ms-microsoftsearch-docs",
    "OfficeDocs-OfficeOnlineServer": "ms-officeonlineserver-docs",
    # added for the spelling seed-47 sample (issue 33); CC-BY-4.0 per its LICENSE and README
    "OfficeDocs-Support": "ms-office-support-docs",
    # added for the spelling seed-48 sample (issue 33): the PowerShell documentation (docs CC-BY-4.0
    # in LICENSE.md, code MIT in LICENSE-CODE.md, per its README)
    "PowerShell-Docs": "ms-powershell-docs",
    # OfficeDocs-SharePoint and OfficeDocs-DeployOffice are not here: they are ../shared/corpus's
    # bench/ms-sharepoint-docs and bench/ms-deployoffice-docs at the same commits (tuned on).
    # added for the sensory-directions seed-43 sample (issue 30) and the spelling seed-56 sample
    # (issue 33): Dynamics 365 Contact Center agent and admin help (CC-BY-4.0 per its LICENSE and
    # README, code MIT in LICENSE-CODE) and Business Central user help (CC-BY-4.0 per its LICENSE)
    "dynamics-365-contact-center": "ms-contact-center-docs",
    "dynamics365smb-docs": "ms-business-central-docs",
    # added for the sensory-directions seed-44 and spelling seed-55 samples: Microsoft Desktop
    # Optimization Pack docs (CC-BY-4.0 in LICENSE, code MIT in LICENSE-CODE)
    "mdop-docs": "ms-mdop-docs",
    # added for the spelling seed-55 sample (issue 33): in no corpus and no earlier sample (CC-BY-4.0 per their LICENSE)
    "windows-ai-docs": "ms-windows-ai-docs",
    "windows-insider": "ms-windows-insider-docs",
    # added for the spelling seed-57 sample (issue 33): three more in no corpus (CC-BY-4.0 per their LICENSE)
    "windows-iotcore-docs": "ms-windows-iotcore-docs", "windows-iot-public": "ms-windows-iot-docs",
    "OfficeDocs-ConnectivityAnalyzer": "ms-connectivityanalyzer-docs",
    # added for the spelling seed-58 sample (issue 33): three more in no corpus (CC-BY-4.0 per their LICENSE)
    "dynamics-365-fraud-protection": "ms-dynamics-fraud-protection-docs",
    "dynamics-365-intelligent-order-management": "ms-dynamics-order-management-docs",
    "dynamics-365-project-operations": "ms-dynamics-project-operations-docs",
    # Homebrew's documentation (BSD-2-Clause, LICENSE.txt): help content outside Microsoft's style
    "brew": "homebrew-docs",
    # added in session 11 for fresh blind samples: Dynamics 365 AI docs (CC-BY-4.0 per its LICENSE)
    "dynamics-365-ai": "ms-dynamics-ai-docs",
    # Obsidian's help vault, English only: support content by a small product team, far from
    # Microsoft's style. Its repository states no licence, so labels on it keep path, offsets and a
    # hash only, never its text (the brief's rule for non-permissive sources).
    "obsidian-help": "obsidian-help-docs",
    # Hoppscotch's docs and support pages (MIT, LICENSE; MDX), Plausible Analytics' help
    # (CC-BY-SA-4.0: labels keep hashes, not text), KoboToolbox's help centre (no licence stated:
    # hashes only), Hugo's documentation (content/ is Apache-2.0 per content/LICENSE.md)
    "hoppscotch-docs": "hoppscotch-docs",
    "plausible-docs": "plausible-docs",
    "kobotoolbox-docs": "kobotoolbox-docs",
    "hugoDocs": "hugo-docs",
    # added in session 12 for fresh blind samples, all help centres outside Microsoft's style:
    # Adobe Commerce's support knowledge base (MIT, license.md), Arduino's Help Center
    # (CC-BY-SA-4.0: hashes only), Solus's Help Center (CC-BY-NC-SA-4.0 in LICENSE-MD.txt: hashes
    # only), Replicated's help centre (no licence stated: hashes only)
    "commerce-knowledge-base.en": "adobe-commerce-kb",
    "help-center-content": "arduino-help-center",
    "help-center-docs": "solus-help-center",
    "help-center": "replicated-help-center",
    # added in session 13 (the trial4 whole-tool trial), end-user help in none of the lists above:
    # Bitwarden's archived help centre (no licence stated: hashes only) and Standard Notes' docs
    # (AGPL-3.0: hashes only) for the blind seed-90 sample; kept aside, unread, for the seed-91
    # check after tuning: the Anki manual (CC-BY-SA-4.0 per its README: hashes only) and the Jitsi
    # Meet user guide (Apache-2.0, LICENSE)
    "help": "bitwarden-help-centre",
    "standardnotes-docs": "standardnotes-docs",
    "anki-manual": "anki-manual",
    "jitsi-handbook": "jitsi-user-guide",
    # added in session 13 (left) for the blind check of front matter read as Markdown: Hugo sites
    # whose descriptions hold `code` (Hugo's docs theme and Doks render them with markdownify):
    # Docsy's docs (Apache-2.0, LICENSE), Doks's site (MIT, LICENSE), Thulite's docs (no licence
    # stated, package.json says UNLICENSED: hashes only)
    "docsy": "docsy-docs",
    "getdoks.org": "getdoks-docs",
    "thulite-docs": "thulite-docs",
    # added in session 13 (spell13) for the blind spelling seed-96 check after round 12, end-user
    # help in none of the lists above: Pi-hole's docs (CC-BY-SA-4.0, LICENSE), the Home Assistant
    # Companion App docs (CC-BY-NC-SA-4.0, LICENSE.md), PhotoPrism's docs (CC-BY-NC-SA-4.0,
    # LICENSE): hashes only for all three
    "pi-hole-docs": "pihole-docs",
    "companion.home-assistant": "ha-companion-docs",
    "photoprism-docs": "photoprism-docs",
    # and, as those three gave fewer than 30 findings, Jellyfin's user documentation (docs/general/
    # of its website, CC-BY-ND-4.0, LICENSE: hashes only)
    "jellyfin.org": "jellyfin-docs",
    # added in session 14 (spell14) for the blind spelling seed-104 check after round 13, end-user
    # help with its own domain vocabulary, in none of the lists above: AntennaPod's podcast-app
    # documentation (_documentation/ of its website; no licence file: hashes only), Music
    # Assistant's docs (a Home Assistant music integration; Apache-2.0, LICENSE), Prism Launcher's
    # wiki (a game launcher; AGPL-3.0, LICENSE: hashes only), LibrePhotos' docs (a photo app; no
    # licence stated: hashes only)
    "antennapod.github.io": "antennapod-docs",
    "music-assistant.io": "music-assistant-docs",
    "prismlauncher.org": "prismlauncher-wiki",
    "librephotos.docs": "librephotos-docs",
    # added in session 14 (the trial5 whole-tool trial), end-user help in none of the lists above:
    # the Ardour manual's pages (HTML fragments under include/, no licence stated: hashes only) for
    # the blind seed-100 sample; kept aside, unread, for the seed-101 check after tuning: Mastodon's
    # user guide (content/en/user/, GFDL-1.3 per LICENSE: hashes only)
    "manual": "ardour-manual",
    "documentation": "mastodon-user-guide",
    # added in session 14 (left14) for the blind check of the left items (field values, KB, front
    # matter links): AdGuard DNS's knowledge base (Docusaurus front matter; no licence stated:
    # hashes only)
    "KnowledgeBaseDNS": "adguard-dns-kb",
    # and, as it holds none of those classes, Microsoft's Hyper-V and Windows containers docs
    # (virtualization/, CC-BY-4.0 in LICENSE, code MIT in LICENSE-CODE)
    "Virtualization-Documentation": "ms-virtualization-docs",
    # added in session 15 (the trial6 whole-tool trial), MDX help in none of the lists above: Zen
    # Browser's docs (content/docs/, Fumadocs MDX; MIT, LICENSE) for the blind seed-107 sample;
    # kept aside, unread, for the seed-108 check after tuning: Rallly's help (apps/docs/, Mintlify
    # MDX; AGPL-3.0, LICENSE: hashes only)
    "zen-browser-docs": "zen-browser-docs",
    "rallly": "rallly-docs",
    # added in session 15 (spell15) for the blind spelling seed-109 sample, end-user help with a
    # domain vocabulary in none of the lists above: Frigate's NVR docs (cameras, video, detector
    # hardware; docs/docs/, MIT, LICENSE), darktable's user manual (photography; content/,
    # GPL-3.0, LICENSE: hashes only), Actual Budget's docs (personal finance; docs/, no licence
    # stated: hashes only)
    "frigate": "frigate-docs",
    "dtdocs": "darktable-manual",
    "actualbudget-docs": "actualbudget-docs",
    # kept aside, unread, for the seed-110 check after tuning: Navidrome's docs (a music server;
    # content/en/docs/ of its website, Apache-2.0, LICENSE) and libretro's docs (RetroArch and its
    # emulator cores: games; docs/, MIT, LICENSE)
    "navidrome-website": "navidrome-docs",
    "libretro-docs": "libretro-docs",
    # added in session 15 (left15) for its blind check after the left items, with the two above it
    # shares (actualbudget-docs, dtdocs) and, as neither changed, Telnyx's support knowledge base
    # (wiki/: runbooks for support staff; no licence file: hashes only)
    "knowledge-base": "telnyx-kb",
    # added in session 15 (check15) for the blind whole-tool seed-111 check, end-user help in none
    # of the lists above: wallabag's user documentation (content/user/ of its Hugo docs site: saving
    # articles, importing, account and password, FAQ; no licence file: hashes only)
    "wallabag-doc": "wallabag-docs",
    # added in session 16 (spell16) for the blind spelling seed-112 check after the tree evidence,
    # end-user help with a hardware vocabulary in none of the lists above or /work/.mirror before:
    # Meshtastic's docs (LoRa mesh radios: boards, antennas, app settings; docs/, GPL-3.0, LICENSE:
    # hashes only) and Klipper's docs (3D-printer firmware: printer set-up, calibration, G-code;
    # docs/, GPL-3.0, COPYING: hashes only)
    "meshtastic": "meshtastic-docs",
    "klipper": "klipper-docs",
    # added in session 16 (the trial7 trial), help-centre HTML in none of the lists above: Phrase's
    # Zendesk Guide help centre as exported by its API (html/<section>/<article>/<article>.html,
    # article bodies; no licence file: hashes only) for the blind seed-113 sample; kept aside,
    # unread, for the seed-114 check after tuning: MaxMind's Zendesk Guide theme (src/templates/,
    # Handlebars/Curlybars page templates; Apache-2.0, LICENSE)
    "zendesk-articles": "phrase-zendesk-articles",
    "zendesk-theme": "maxmind-zendesk-theme",
    # added in session 16 (check16) for the blind whole-tool seed-115 check, end-user help in none
    # of the lists above or /work/.mirror before: Kagi's help centre (docs/: search and Orion
    # browser how-tos, account settings, plans and billing, troubleshooting; VitePress Markdown;
    # no licence file: hashes only)
    "kagi-docs": "kagi-docs",
    # added in session 17 (spell17) for the blind spelling check after the tree's families and names
    # (seed 171), end-user help with makers' names and firmware terms in none of the lists above or
    # /work/.mirror before: Tasmota's docs (smart-home device firmware: devices, makers, set-up;
    # docs/, no licence file: hashes only) and Marlin's documentation (3D-printer firmware:
    # configuration, G-code, hardware; every .md of the site, GPL-3.0, LICENSE: hashes only)
    "tasmota-docs": "tasmota-docs",
    "MarlinDocumentation": "marlin-docs",
    # added in session 17 (check17) for the blind whole-tool seed-180 check, never read before and
    # not in /work/.mirror before it: Lemmy's user guide (src/users/: getting started, media, votes,
    # moderation, federation, other features; mdBook Markdown; AGPL-3.0, LICENSE: hashes only)
    "lemmy-docs": "lemmy-user-guide",
    # added in session 17 (the trial8 trial), MkDocs Material help in none of the lists above or
    # /work/.mirror before (admonitions `!!!`/`???`, content tabs `===`, `{!_file.md!}` includes,
    # attribute lists): PiKVM's docs (docs/: setting up and using the KVM-over-IP device; GPL-3.0,
    # LICENSE: hashes only) for the blind seed-176 sample; kept aside, unread, for the seed-177
    # check after tuning: Firefly III's docs (docs/docs/: personal-finance how-tos and tutorials;
    # AGPL-3.0 per its `copying` file: hashes only)
    "pikvm": "pikvm-docs",
    "firefly-iii-docs": "firefly-iii-docs",
    # added in session 18 (spell18) for the blind spelling seed-181 sample, domain-heavy help in none
    # of the lists above or /work/.mirror before: Valetudo's docs (cloud-free robot-vacuum firmware:
    # supported robots, rooting, MQTT, Home Assistant; docs/, Apache-2.0, LICENSE), Mainsail's docs
    # (a 3D-printer web interface for Klipper: set-up, settings, MainsailOS, crowsnest cameras;
    # docs/, GPL-3.0, LICENSE: hashes only), Paperless-ngx's docs (a self-hosted document manager:
    # set-up, usage, configuration, troubleshooting; docs/, GPL-3.0, LICENSE: hashes only); kept
    # aside, unread, for the seed-182 check after tuning: the Veloren book's player pages (a voxel
    # game's manual; src/players/, GPL-3.0, LICENSE: hashes only) and Fluidd's docs (another
    # Klipper web interface; docs/docs/, GPL-3.0, LICENSE: hashes only)
    "Valetudo": "valetudo-docs",
    "mainsail-docs": "mainsail-docs",
    "paperless-ngx": "paperless-ngx-docs",
    "veloren-book": "veloren-book",
    "fluidd": "fluidd-docs",
    # and, as those two gave 2 findings, three more kept aside, unread, for the same check: WLED's
    # docs (LED-controller firmware: effects, segments, interfaces; docs/, MIT, LICENSE), openHAB's
    # docs (home automation: things, items, rules, UI; src/, EPL-2.0, LICENSE: hashes only) and
    # Luanti's player docs (a voxel game engine's manual; content/for-players/, CC-BY-SA-3.0 per
    # its `license` file: hashes only)
    "WLED-Docs": "wled-docs",
    "openhab-docs": "openhab-docs",
    "docs.luanti.org": "luanti-player-docs",
    # added in session 18 (the trial9 trial), GitBook help synced to GitHub in none of the lists
    # above or /work/.mirror before (`{% hint %}`, `{% tabs %}`, `{% stepper %}`, `{% content-ref %}`,
    # `{% embed %}` blocks, `<figure>` and card tables, SUMMARY.md, .gitbook/assets/): BugSplat's
    # user docs (crash reporting: set-up, the web app, administration, FAQ; the whole repository),
    # GitBook's own user documentation (documentation/: creating and publishing content, plans),
    # Rocket.Chat's user and admin guides (use-rocket.chat/: messaging, omnichannel, workspace
    # administration) for the blind seed-184 sample; kept aside, unread, for the seed-185 check
    # after tuning: Snapshot's docs (voting on proposals, spaces, user guides; the whole
    # repository). None has a licence file: hashes only.
    "bugsplat-docs": "bugsplat-docs",
    "public-docs": "gitbook-docs",
    "rocketchat-docs": "rocketchat-docs",
    "snapshot-docs": "snapshot-docs",
    # added in session 18 (check18) for the blind whole-tool seed-188 check, never read before and
    # not in /work/.mirror before it: Zettlr's user manual (docs/en/: first steps, the editor, file
    # manager, export, citations, settings, FAQ; VuePress Markdown; GPL-3.0, LICENSE: hashes only)
    "zettlr-docs": "zettlr-docs",
    # added in session 19 (the trial10 trial), Mintlify help (MDX pages with docs.json or mint.json;
    # <Steps>/<Step title>, <Tabs>, <AccordionGroup>, <CardGroup>, <Frame caption>, callouts,
    # snippets) in none of the lists above or /work/.mirror before: Lago's billing user guide
    # (guide/; no licence file: hashes only), Typebot's editor help (apps/docs/editor/ of its
    # monorepo; FSL-1.1-ALv2, LICENSE: hashes only), Mintlify's own guides (guides/, English only;
    # MIT, LICENSE) for the blind seed-196 sample; kept aside, unread, for the seed-197 check after
    # tuning: Cline's docs (docs/: getting started, features, providers, CLI; Apache-2.0, LICENSE)
    # and Mautic Extendee's plugin help (kuzmany/docs, the whole repository; no licence file:
    # hashes only)
    "lago-doc": "lago-guide",
    "typebot.io": "typebot-editor-docs",
    "mintlify-docs": "mintlify-guides",
    "cline": "cline-docs",
    "kuzmany-docs": "mtcextendee-docs",
    # added in session 19 (check19) for the blind whole-tool seed-199 check, never read before and
    # not in /work/.mirror before it: HomeBox's docs (a self-hosted home-inventory app: quick start,
    # configuration, user guide, advanced topics, contributing; Starlight MDX under
    # docs/src/content/docs/en/; AGPL-3.0, LICENSE: hashes only)
    "homebox": "homebox-docs",
    # added in session 20 (the trial12 trial), MyST Markdown help (Sphinx / Read the Docs: directives
    # in backtick and colon fences, `:alt:` and other directive options, roles, `(label)=` targets),
    # in none of the lists above or /work/.mirror before: Ubuntu Server's documentation (docs/:
    # how-to guides, explanation, reference; no licence file: hashes only), napari's user docs
    # (docs/: tutorials, how-tos, guides, release notes; BSD-3-Clause, LICENSE), Ubuntu Pro for WSL's
    # docs (docs/: how-to, reference, tutorials; GPL-3.0, LICENSE: hashes only) for the blind
    # seed-211 sample; kept aside, unread, for the seed-212 check after tuning: Multipass's docs
    # (docs/; GPL-3.0, LICENSE: hashes only) and authd's docs (docs/; GPL-3.0, COPYING: hashes only)
    "ubuntu-server-documentation": "ubuntu-server-docs",
    "napari-docs": "napari-docs",
    "ubuntu-pro-for-wsl": "ubuntu-pro-wsl-docs",
    "multipass": "multipass-docs",
    "authd": "authd-docs",
    # added in session 20 (check20) for the blind whole-tool seed-213 check, never read before and
    # not in /work/.mirror before it: Homarr's documentation (a self-hosted dashboard: getting
    # started and installation, boards and widgets, integrations, management, community; Docusaurus
    # MDX under docs/, the versioned_docs/ copies left out; Apache-2.0, LICENSE)
    "homarr-docs": "homarr-docs",
    # added in session 21 (trial13) for VitePress help sites, in none of the lists above or
    # /work/.mirror before: Mihon's website (manga reader app: guides, FAQ, troubleshooting;
    # website/src/; MPL-2.0, LICENSE: hashes only), Beszel's docs (a server monitor: en/guide/;
    # MIT, LICENSE) and Plane's user docs (a project tracker: apps/docs/; no licence file: hashes
    # only) for the blind seed-222 sample; kept aside, unread, for the seed-223 check: Aniyomi's
    # website (an anime and manga app, built on Mihon's site: website/src/; MPL-2.0, LICENSE)
    "mihon-website": "mihon-website", "beszel-docs": "beszel-docs", "plane-docs": "plane-docs", "aniyomi-website": "aniyomi-website",
    # added in session 21 (spell21) for the blind seed-216 sample of spelling's `mode: confident`,
    # never read before and not in /work/.mirror before it: Mealie's docs (a recipe manager;
    # docs/docs/, AGPL-3.0, LICENSE), FreshRSS's English docs (a feed reader; docs/en/, AGPL-3.0,
    # LICENSE.txt) and the Servarr wiki (Sonarr, Radarr, Lidarr, Prowlarr ...; no licence file)
    "mealie": "mealie-docs", "FreshRSS": "freshrss-docs", "servarr-wiki": "servarr-wiki",
    # and for its check, seed 217, kept aside unread until seed 216 was labelled: Uptime Kuma's wiki
    # (a monitoring tool; MIT, LICENSE), LinuxGSM's docs (game servers; no licence file) and
    # Kavita's wiki (a reading server; no licence file)
    "uptime-kuma-wiki": "uptime-kuma-wiki", "LinuxGSM-Docs": "linuxgsm-docs", "kavita-wiki": "kavita-wiki",
    # session 21 (check21), the blind seed-226 check, never read before: Seafile's user manual (file
    # sync and share; GitBook Markdown under en/, other languages left out; Apache-2.0, LICENSE.txt)
    "seafile-user-manual": "seafile-user-manual",
    # session 22 (spell22), unread, no spell-checker in CI: seed 232 (blind, `mode: confident`) Pterodactyl's, BookStack's
    # and Nginx Proxy Manager's docs (all MIT, LICENSE); seed 233 (check) the docs/ of mailcow (English pages; no licence
    # file), Tandoor Recipes (Commons Clause: NOASSERTION), Homepage (a dashboard; GPL-3.0), Overseerr (MIT), linuxserver.io (GPL-3.0)
    "pterodactyl-docs": "pterodactyl-docs", "bookstack-docs": "bookstack-docs", "npm-docs": "npm-docs", "mailcow-docs": "mailcow-docs",
    "tandoor-docs": "tandoor-docs", "homepage-docs": "homepage-docs", "overseerr-docs": "overseerr-docs", "docker-documentation": "linuxserver-docs",
    # added in session 22 (trial15) for Astro Starlight help sites (`src/content/docs/`, front matter
    # `title`/`description`/`sidebar`, `template: splash` heroes, `:::tip[Title]` asides, components
    # imported from `@astrojs/starlight/components`), in none of the lists above or /work/.mirror
    # before: linkding's docs (a bookmark manager: installation, options, how-to, troubleshooting;
    # docs/src/content/docs/; MIT, LICENSE.txt), AerynOS's user guide (a Linux distribution: getting
    # started, desktops, system management; src/content/docs/Users/; no licence file: hashes only)
    # and the CachyOS wiki (a Linux distribution: installation, configuration, features, FAQ;
    # src/content/docs/, its cs/ sk/ id/ translations skipped by language detection; no licence
    # file: hashes only) for the blind seed-234 sample; kept aside, unread, for the seed-235 check:
    # Safeparts' help (a secret-splitting tool: web UI, desktop, CLI, troubleshooting;
    # web/help/src/content/docs/, its ar/ pages skipped by language detection; MIT, LICENSE)
    "linkding": "linkding-docs", "dotdev": "aerynos-users-docs", "cachyos-wiki": "cachyos-wiki",
    "safeparts": "safeparts-help",
    # session 22 (check22), the blind seed-240 check, never read before: Linkwarden's docs (a bookmark
    # archive: getting started, usage, billing FAQ and seats, self-hosting; Docusaurus, docs/; MIT)
    "linkwarden-docs": "linkwarden-docs",
    # session 23 (acr23), the blind PL104 seed-245 sample (the folder held 15 unread listed-tier
    # findings): four help and developer doc sets of products with billing, catalogue and sign-in
    # words, never read before: Directus's docs (content/; no licence file), Saleor's docs (docs/,
    # its generated API reference included; the LICENSE file is only an icon set's notice),
    # Bagisto's docs (src/; no licence file) and Shopware's docs (whole repository; no licence file):
    # hashes only for all four
    "directus-docs": "directus-docs", "saleor-docs": "saleor-docs", "bagisto-docs": "bagisto-docs",
    "shopware-docs": "shopware-docs",
    # and kept aside, unread, for its seed-248 check after the changes (seed 245 had read every other
    # unread finding but four): BigCommerce's developer and merchant docs (docs/; no licence file:
    # hashes only) and Casdoor's docs (a sign-in server: SSO, MFA; docs/; Apache-2.0, LICENSE)
    "bigcommerce-docs": "bigcommerce-docs", "casdoor-website": "casdoor-docs",
    # session 23 (spell23), unread, no spell-checker in CI, for the blind seed-246 sample (`mode:
    # confident`): Miniflux's docs (a feed reader; content/docs/ of its website, the release notes left
    # out; no licence file), ntfy's docs (push notifications; docs/; Apache-2.0 or GPL-2.0, LICENSE),
    # Espanso's docs (a text expander; docs/; MIT) and AppFlowy's docs (a workspace app; CC BY-SA 4.0)
    "miniflux-docs": "miniflux-docs", "ntfy": "ntfy-docs", "espanso-docs": "espanso-docs",
    "AppFlowy-Docs": "appflowy-docs",
    # and, because seed 246's first draw had 48 findings, SABnzbd's wiki (a Usenet downloader; wiki/ of
    # its website; GPL-3.0, LICENSE.md), drawn in before any label; kept aside, unread, for the
    # seed-247 check: File Browser's docs (a web file manager; docs/; Apache-2.0)
    "sabnzbd.github.io": "sabnzbd-wiki", "filebrowser": "filebrowser-docs",
    # and, because the seed-247 folders left had one finding, Dashy's docs (a dashboard; docs/; MIT)
    # and Node-RED's docs (low-code flows; docs/ of its website; Apache-2.0), drawn in before any label
    "dashy": "dashy-docs", "node-red.github.io": "node-red-docs",
    # session 23 (acr23b), the blind PL104 seed-256 sample (every listed-tier finding of the folder
    # was in a document a PL104 label had read): two doc sets of products with billing, order and
    # catalogue words, never read before: Vendure's docs (docs/docs/, its generated reference
    # included; LICENSE.md is the vendor's own terms) and Invoice Ninja's docs (docs/; no licence
    # file): hashes only for both
    "vendure": "vendure-docs", "invoiceninja.github.io": "invoiceninja-docs",
    # and, as those two held 6 findings: Polar's docs (a billing platform; docs/, Apache-2.0),
    # Formbricks's docs (surveys: NPS, CSAT; docs/; the repository's licence is the vendor's own
    # terms with AGPL portions), Solidus's guides (docs/; License.md) and PrestaShop's developer
    # docs (whole repository; CC-BY-NC-SA-4.0): hashes only but for Polar
    "polar": "polar-docs", "formbricks": "formbricks-docs", "edgeguides": "solidus-guides",
    "prestashop-docs": "prestashop-docs",
    # and Medusa's merchant user guide (www/apps/user-guide/, MIT) and Documenso's docs (signing;
    # apps/docs/content/, AGPL-3.0-only)
    "medusa": "medusa-user-guide", "documenso": "documenso-docs",
    # session 23 (check23), the blind seed-255 check, never read before: OnceHub's help centre
    # (scheduling: booking pages and calendars, billing, SSO and security, integrations; Starlight
    # MDX, src/content/docs/; no licence file: hashes only)
    "oncehub-help-center": "oncehub-help-center",
    # session 24 (kind24), the blind whole-tool seed-275 check, never read before: Akeneo PIM's help
    # centre (product information management: catalogs, imports and exports, rules, assets, users
    # and roles, release notes in content/updates/; Markdown, content/; no licence file: hashes only)
    "akeneo-pim-helpcenter": "akeneo-pim-helpcenter",
    # session 24 (spell24), unread, no spell-checker in CI (workflows, package.json checked), for the
    # blind seed-259 sample of `mode: confident`: RustDesk's docs (remote desktop; content/, English
    # pages only; LICENSE.md is the Hugo Learn theme's MIT, not the docs': NOASSERTION), Portainer's
    # docs (container management; GitBook, 2024; no licence file) and Vikunja's website (a to-do app:
    # docs, help and changelog under src/content/; no licence file): hashes only for all three
    "doc.rustdesk.com": "rustdesk-docs", "portainer-docs": "portainer-docs", "vikunja-website": "vikunja-docs",
    # and kept aside, unread, for the seed-260 check: Glance's docs (a dashboard; docs/; AGPL-3.0) and
    # Gotify's website docs (push notifications; docs/; no licence file)
    "glance": "glance-docs", "gotify-website": "gotify-docs",
    # session 24 (spell24b), unread, no spell-checker in CI (workflows, package.json, mkdocs.yml
    # checked), for the blind seed-261 check of `mode: confident`: Xaman's help centre (a wallet app:
    # accounts, signing, release notes; GitBook, whole repository; no licence file: hashes only),
    # UnoPim's user guide (product information management; docs/; MIT in package.json, no licence
    # file), AureusERP's user guide (an ERP: invoices, time off, website; src/; MIT in package.json)
    # and CiviCRM's user guide (a CRM for non-profits: contacts, mailings, events; docs/; no licence
    # file: hashes only)
    "xaman-help-center": "xaman-help-center", "unopim-user-guide": "unopim-user-guide",
    "aureuserp-user-guide": "aureuserp-user-guide", "civicrm-user-guide": "civicrm-user-guide",
    # and, as those four drew 43 findings: Jamble's help centre (live-shopping marketplace: buying,
    # selling, shipping, payments; the English page of each article, articles/*/en.md; synced to
    # Intercom; no licence file) and Akeneo's Onboarder and Portal help centres (content/md/, no
    # licence file; CircleCI builds and deploys only): hashes only for all three
    "jamble-help-center": "jamble-help-center", "onboarder-helpcenter": "akeneo-onboarder-helpcenter",
    "portal-helpcenter": "akeneo-portal-helpcenter",
    # and, as those three drew 1 more: Ridewolf's help centre (an e-scooter and ride-sharing
    # operator platform: dashboard, rider app, support tickets; English pages, docs/en/; CI checks
    # links and translations only) and MyST Studio's advanced help centre (Oracle middleware
    # provisioning; GitBook; no CI): no licence file in either, hashes only
    "ridewolf-help-center": "ridewolf-help-center", "myst-help-center": "myst-help-center",
    # session 25 (sens25), help and user guides of products with a UI, never read before, where pointer
    # directions are (hover, right-click); drawn for the blind PL410 seed-289 sample, all its findings:
    # Postman's Learning Center (an API client: collections, workspaces, the app's panes;
    # src/pages/docs/ at the 2021 snapshot, the legacy v5 pages left out; Apache-2.0), Bruno's docs
    # (an API client; v3/, the current version, one copy of the v2/ and root pages; no licence file),
    # Redash's website (a dashboard tool's user guide and help; src/pages/; BSD-2-Clause), Unraid's
    # docs (a NAS system's web UI; docs/, the i18n/ translations left out; no licence file), NetBird's
    # docs (a VPN's dashboard; src/pages/; BSD-3-Clause) and McNeel's help docs (Rhino and Flamingo: a
    # 3D modeller's and its renderer's help, 2021; _en/; no licence file): hashes only where no licence
    "postman-docs": "postman-docs", "bruno-docs": "bruno-docs", "redash-website": "redash-website",
    "unraid-docs": "unraid-docs", "netbird-docs": "netbird-docs", "mcneel-help-docs": "mcneel-help-docs",
    # and kept aside, unread, for the seed-290 check: Kanboard's documentation (content/en/; MIT), Open
    # WebUI's docs (docs/; no licence file: hashes only), Grav's Learn site (pages/; MIT),
    # AnythingLLM's docs (pages/; MIT) and Logseq's docs (a notes app; pages/; MIT)
    "kanboard-documentation": "kanboard-documentation", "open-webui-docs": "open-webui-docs", "grav-learn": "grav-learn",
    "anythingllm-docs": "anythingllm-docs", "logseq-docs": "logseq-docs",
    # session 26 (check26), for the blind whole-tool seed-303 check and the seed-304 check group, never read before
    # (split by source before reading): Catenda Hub's help centre (a BIM collaboration product: projects, models,
    # documents, topics; its Intercom articles, English, markdown/en/), Rive's help centre (an animation tool: editor,
    # runtimes, billing, FAQ; GitBook, 2022), SparkPost's support centre (e-mail delivery: user guide, FAQ,
    # integrations, technical resources; content/docs/), playit.gg's support docs (game-server tunnels; content/) and
    # Light's help articles (a finance platform: ledger, payables, expenses; articles/): no licence file in any of them, hashes only
    "catenda-help-center": "catenda-help-center", "rive-help-center": "rive-help-center", "sparkpost-support-docs": "sparkpost-support-docs",
    "playit-support-docs": "playit-support-docs", "light-help-articles": "light-help-articles",
    # sessions 27 (check27), 30 (sens30), 31 (sens31), 32 (sens32), 37 (check37), 38 (check38): help centres and user guides (heldout_source_origins.py says which)
    "kelola-help-center": "kelola-help-center", "phi-help-center": "phi-help-center", "keet-support-docs": "keet-support-docs", "sinricpro-help-docs": "sinricpro-help-docs",
    "fiskl-help-docs": "fiskl-help-docs", "dataminer-docs": "dataminer-docs", "servicemanager-user-guide": "hornbill-servicemanager-user-guide",
    "openobserve-docs": "openobserve-docs", "clearml-docs": "clearml-docs", "ExpressionEngine-User-Guide": "expressionengine-user-guide",
    "mixpanel-docs": "mixpanel-docs", "power-pages-docs": "ms-power-pages-docs", "statsig-docs": "statsig-docs", "growthbook": "growthbook-docs", "tolgee-documentation": "tolgee-docs",
    "analytics.en": "adobe-analytics-docs", "target.en": "adobe-target-docs", "workfront.en": "adobe-workfront-docs", "audience-manager.en": "adobe-audience-manager-docs",
    "sap-datasphere": "sap-datasphere-docs", "btp-build-work-zone-advanced": "sap-build-work-zone-advanced-docs", "hexane-help-articles": "hexane-help-articles",
    "falixnodes-kb-articles": "falixnodes-kb-articles", "clearout-helpdocs": "clearout-helpdocs", "ens-support-docs": "ens-support-docs", "statsfm-support-docs": "statsfm-support-docs",
    "tutum-support-docs": "tutum-support-docs", "sia-support-docs": "sia-support-docs", "ycloud-helpdocs": "ycloud-helpdocs", "passworks-help-docs": "passworks-help-docs"}
