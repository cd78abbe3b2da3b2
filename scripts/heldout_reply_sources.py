"""The held-out corpus's saved replies copied file by file (scripts/build_heldout_corpus.py
`--replies`), kept apart from heldout_file_sources.py's e-mail and export tables, which it
re-exports. Each session's additions and the commands that built them: docs/heldout-corpus.md."""

# Saved replies kept as single files: owner/name -> (licence SPDX, licence file, files). The licence
# is the repository's LICENSE as read at the copied commit; "(none)" when it has no licence (or an
# empty file), so labels keep hashes only.
REPLY_SOURCES = {
    "angular/angular-cli": ("MIT", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "nrwl/nx": ("MIT", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "10up/.github": ("NOASSERTION", "(none)", [".github/SAVED_REPLIES.md"]),
    "JoshuaKGoldberg/refined-saved-replies": ("MIT", "LICENSE.md", [".github/replies.yml"]),
    "gelatoui/core": ("MIT", "LICENSE", [".github/replies.yml"]),
    # kept aside for the seed-75 check sample (never read before it was drawn): PentAGI (MIT),
    # LightSpeed's block theme template (GPL-3.0: hashes only), EAI support's community
    # repository (LICENSE is empty: hashes only). Not here: vxcontrol/soldr and
    # Highfivery/zero-spam-for-wordpress (copies of 10up's file), resist-js/resist (of nx's).
    "vxcontrol/pentagi": ("MIT", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "lightspeedwp/ai-block-theme-template": ("GPL-3.0-only", "LICENSE", [
        ".github/SAVED_REPLIES.md", ".github/SAVED_REPLIES/community/welcome.md",
        ".github/SAVED_REPLIES/issues/bug-reports.md", ".github/SAVED_REPLIES/pull-requests/code-review.md"]),
    "eai-support/community": ("NOASSERTION", "LICENSE (empty)", ["docs/saved-replies.md"]),
    # kept aside for the seed-76 check sample, drawn after the fill-in change (never read before):
    # four more GitHub saved-replies files, none a copy of the files above (line overlap at most
    # 0.09 with any of them or with ../shared/corpus's typescript-eslint replies)
    "Kilbex/Vigla": ("Apache-2.0", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "Ridou/horus-os": ("Apache-2.0", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "coolbress/VertexLab": ("Apache-2.0", "LICENSE", [".github/SAVED_REPLIES.md"]),
    "2026OpenSourceSW/AegisX": ("MIT", "LICENSE", [".github/SAVED_REPLIES.md"]),
    # kept aside for the seed-77 check sample (never read before it was drawn): CurrinJS's
    # saved replies (MIT; line overlap 0.04 at most with every file above and the corpus's replies)
    "currinjs/CurrinJS": ("MIT", "LICENSE", ["docs/SAVED_REPLIES.md"]),
    # session 13 (replies4): customer-support macro libraries, replies to customers of a product
    # rather than to contributors. Drawn for the blind seed-92 sample (none states a licence:
    # hashes only): a CX macro library, a support playbook's e-mail and chat templates, a photo
    # service's support-triage reply templates
    "victoriagracey/cx-macros-library": ("NOASSERTION", "(none)", ["macros/*.md"]),
    "Karrisyamkumar123/customer-support-playbook": ("NOASSERTION", "(none)", [
        "Customer_Support_Playbook/2_Templates/Email_Templates.md",
        "Customer_Support_Playbook/2_Templates/Chat_Scripts.md"]),
    "nathanielcrowell12-spec/photo-vault": ("NOASSERTION", "(none)", ["agents/02-support-triage/templates/*.md"]),
    # kept aside, unread, for the seed-93 check after tuning (no licence: hashes only)
    "Dispo-Genius/dispo-clawdbot-config": ("NOASSERTION", "(none)", [
        "skills/customer-service/references/response-templates.md",
        "skills/customer-service/templates/response.md"]),
    "Mahdi-Hussain-004/B2C-Helpdesk-Simulation": ("NOASSERTION", "(none)", ["docs/canned-responses.md"]),
    # session 14 (replies5): chat and call scripts, canned responses and support macros, chosen
    # for hold phrases, bad news and abbreviations (issue 30's reply rules). Drawn for the blind
    # seed-102 sample: a shop's Chatwoot canned-response library and message templates (no
    # licence: hashes only), a help desk's call and chat response templates (no licence), an AI
    # product's customer-service scripts (MIT), a legal marketplace's support macros (no
    # licence), a customer-support plugin's response templates (Apache-2.0), a hosting
    # company's live-chat cheat sheet (no licence)
    "Jgorzitza/HotDash": ("NOASSERTION", "(none)", [
        "docs/_archive/2025-10-15-prebundle/docs/integrations/canned-response-library.md",
        "docs/_archive/2025-10-15-prebundle/docs/integrations/chatwoot-message-templates.md"]),
    "mjzitek/spaceship-docs": ("NOASSERTION", "(none)", ["quick-reference/customer-response-templates.md"]),
    "CR-AudioViz-AI/crav-documentation": ("MIT", "LICENSE", ["helpdesk-docs/CUSTOMER_SERVICE_SCRIPTS.md"]),
    "thegitsss/lets-para3": ("NOASSERTION", "(none)", ["SUPPORT_MACROS.md"]),
    "SaptaDey/knowledge-work-plugins": ("Apache-2.0", "LICENSE", [
        "skills-packages/customer-support/references/response-templates.md"]),
    "lvp1138wikijs/wiki": ("NOASSERTION", "(none)", ["SalesDepartment/CheatSheetforLiveChat.md"]),
    # kept aside, unread, for the seed-103 check after tuning (no licence: hashes only): a shop's
    # e-mail reply templates, a mail assistant's response templates, outage e-mails to customers
    "NailaImran/E-commerce-AI-employee": ("NOASSERTION", "(none)", [
        ".claude/skills/email-responder/references/reply_templates.md"]),
    "mahe115/AI-Mail-Manager": ("NOASSERTION", "(none)", ["knowledge_base/templates/response_templates.md"]),
    "zszazi/SherLOG-Holmes": ("NOASSERTION", "(none)", ["file_server/*/customer_email.md",
                                                        "sample_results/customer_email.md"]),
    # session 15 (replies6): call and chat phrases, support macros and call scripts for the reply
    # rules (PL104, PL208, PL209, PL410), in no corpus and no earlier sample. Drawn for the blind
    # seed-105 sample: a blog post of customer-service phone phrases (eaeoz/website, MIT per its
    # LICENSE; the post was deleted at HEAD, so it comes from a saved copy at the commit before:
    # --file-copy eaeoz/website@c4fdd846803a850ba706f433b3431ce9062ccf8d=DIR), an app's support
    # macros and a restaurant SaaS's support macros (no licence: hashes only), a shop handbook's
    # customer-service script library (no licence: hashes only)
    "eaeoz/website": ("MIT", "LICENSE", ["exampleSite/content/posts/customer-service.md"]),
    "Overflow-Appstore/Overflow": ("NOASSERTION", "(none)", ["docs/operations/SUPPORT_MACROS.md"]),
    "ncomputers/neo": ("NOASSERTION", "(none)", ["docs/SUPPORT_MACROS.md",
        # session 26 (aud26): the same product's support, help and policy pages, for the seed-301 group
        "docs/SUPPORT.md", "docs/CASHIER_KDS_CHEATSHEET.md", "docs/COMMS_TEMPLATES.md", "docs/INCIDENT_RUNBOOK.md",
        "docs/LEGAL_REFUND.md", "docs/LEGAL_SLA.md", "docs/OWNER_ONBOARDING.md", "docs/TROUBLESHOOTING.md",
        "docs/faq/*.md"]),
    "mk-162/162-Demo-Handbook": ("NOASSERTION", "(none)", ["OLD- docs/customer-service/scripts.md"]),
    # kept aside, unread, for the seed-106 check after tuning: a responsible-gambling programme's
    # staff conversation scripts and phone hold messages (CC0-1.0)
    "kphilander/Playbook": ("CC0-1.0", "LICENSE", ["collateral/customer-service/conversation-scripts.md",
                                                   "collateral/video-audio/hold-messages.md"]),
    # session 15 (fillin): kept aside, unread, for the blind check of fill-ins read as placeholders
    # after the change (no licence: hashes only): a product team's customer-response templates
    "camilojourney/holus": ("NOASSERTION", "(none)", [".ai/templates/customer-response.md"]),
    # session 15 (check15): kept aside, unread, for the blind whole-tool seed-111 check: a credit
    # co-operative marketplace's account e-mails (welcome, password reset), saved as Markdown
    # sections the server reads at run time (MPL-2.0: hashes only). backend/routes/ holds a near
    # copy of the same file, left out.
    "CredComSoc/CreditCoopTech": ("MPL-2.0", "LICENSE", ["backend/email-templates.md"]),
    # session 16 (hold16): hold phrases and bad news in text plainlint reads, in no corpus and no
    # earlier sample, drawn for the blind seed-116 sample of PL208 and PL209: a blog post on
    # answering support calls that quotes two companies' call openings (ezl/svbtle; gone from the
    # default branch, so saved from commit da350c4 with --file-copy; no licence: hashes only), a
    # phone-support checklist that talks about holds and hold music (CC0-1.0), and a generated
    # product bundle's copy-and-paste support macros (no licence: hashes only; the repository holds
    # 29 near copies of the file, one taken)
    "ezl/svbtle": ("NOASSERTION", "(none)", ["source/_posts/2012-05-24-learning-how-to-answer-phones.md"]),
    "McPolemic/McPolemic.github.io": ("CC0-1.0", "LICENSE", ["_posts/2017-11-06-good-phone-support-checklist.md"]),
    "hm-damul/template-factory": ("NOASSERTION", "(none)", [
        "outputs/20260220-211248-digital-asset-bundle-2026-02-2/bonus_en/scripts/support_macros.md"]),
    # kept aside, unread (their search excerpts showed the first lines), for the blind seed-117 check
    # of the agent-line reading in articles after it was built: a live-chat agent training manual
    # (Impact2025/datingassistent; deleted from HEAD at aa3151c, saved from c05c2f8 with
    # --file-copy), a support lead's post on the words typed to customers (MelanieCrissey; its
    # LICENSE.md is HTML5 Boilerplate's, not the posts': hashes only) and a help-desk vendor's post
    # of words for customer service (camillebqt/projetcam; no licence: hashes only)
    "Impact2025/datingassistent": ("NOASSERTION", "(none)", ["AGENT_TRAINING_MANUAL.md"]),
    "MelanieCrissey/old-melaniecrissey.com": ("NOASSERTION", "(none)", ["source/blog/support-words.markdown"]),
    "camillebqt/projetcam": ("NOASSERTION", "(none)", [
        "content/posts/2012-03-27-top-10-go-to-words-for-customer-service.markdown"]),
    # session 16 (holdcheck16, issue 30): a blind recall check of hold-without-asking on agent lines
    # for phone support never read by a session: a call-centre trainer's list of model sentences and
    # his call-simulation guide with quoted model lines (kevinolega; its LICENCE.md is the MIT
    # licence of the site's Jekyll theme, not of the posts: hashes only), and a role-play script of a
    # cable company's rep, every line a quotation (neelb1/haggle-final; deleted from the default
    # branch at 308eb69, saved from 86c20df with --file-copy; no licence: hashes only)
    "kevinolega/callcentertrainingtips": ("NOASSERTION", "(none)", [
        "_posts/Get Hired Interview Questions and Tips/2019-09-06-cs-sentences.md",
        "_posts/Job Application/2018-07-11-call-simulation.md"]),
    "neelb1/haggle-final": ("NOASSERTION", "(none)", ["script.md"]),
    # session 16 (left16): kept aside, unread, for the blind check after the session's reply fixes:
    # canned responses for Blender's bug tracker (no licence: hashes only)
    "Blendify/blender-bugtracker-canned-responses": ("NOASSERTION", "(none)", ["responses.md"]),
    # session 17 (acr17, issue 30): customer-facing replies that hold abbreviations, for
    # undefined-acronym (PL104) in replies. Drawn for the blind seed-172 sample (none states a
    # licence: hashes only): a shop's return-desk reply templates (RMA), a telecom operator's
    # incident notices to customers (the same file sits in a second scenario folder, left out), a
    # product's incident and status-page messages, an IT team's e-mail asking users to enrol in
    # self-service password reset, an IT help desk's e-mail reply to a user
    "amite/order-return-agent": ("NOASSERTION", "(none)", ["data/knowledge_base/communication_templates.md"]),
    "sentientmobilefurniture/azure-autonomous-network-demo": ("NOASSERTION", "(none)", [
        "data/scenarios/telco-noc/data/knowledge/runbooks/customer_communication_template.md"]),
    "usamanaeem11/New-Working": ("NOASSERTION", "(none)", ["operations/incident_response/COMMUNICATION_TEMPLATES.md"]),
    "Nlemchi-Patrick/entra-sspr-automation": ("NOASSERTION", "(none)", ["docs/communication-template.md"]),
    "Rey47-star/helpdesk-ticket-workflow": ("NOASSERTION", "(none)", ["Docs/user-communication.md"]),
    # kept aside, unread (search excerpts showed the first lines of the last two), for the seed-173
    # check after tuning: a device-logistics team's e-mails to clients, a bank call assistant's reply
    # phrasings (Apache-2.0), a customer-success team's channel reply templates, a landlord's e-mails
    # to tenants (the three without a licence: hashes only)
    "vivianblanco-tech/device-flow": ("NOASSERTION", "(none)", ["email-templates/*.md"]),
    "devvicha/RAG-integrated-calling": ("Apache-2.0", "LICENSE.md", ["Knowledge_base/responses/templates.md"]),
    "Aqsagull99/Customer-Success-Digital-FTE": ("NOASSERTION", "(none)", ["specs/channel-response-templates.md"]),
    "pqsoccerboy17/claude-skills": ("NOASSERTION", "(none)", [
        "productivity/internal-comms/references/real-estate-templates.md"]),
    # session 17 (hold17, issue 30): agent lines written as plain list items, for the blind recall
    # list of seed 174: a learner's telephone phrases (what to say to ask a caller to wait, take a
    # message, transfer), CC-BY-4.0 (idealhack/notes); and, kept aside unread for the seed-175
    # check, a receptionist's and a support team's skill sheets with call scripts and hold
    # procedures (phoenixlink-cloud/orion-agent, AGPL-3.0-or-later: hashes only)
    "idealhack/notes": ("CC-BY-4.0", "LICENSE", ["notes/English.md"]),
    "phoenixlink-cloud/orion-agent": ("AGPL-3.0-or-later", "LICENSE", [
        "data/seed/skills/multi-line-phone-management/SKILL.md",
        "data/seed/skills/multi-channel-support-sla-management/SKILL.md"]),
    # ... and, for the same check, an English teacher's page of phrases for talking with customers,
    # each a quoted list item (jonfernq/English-Teaching, MIT)
    "jonfernq/English-Teaching": ("MIT", "LICENSE", ["Workplace/Customers/README.md"]),
    # session 19 (hold19, issue 30): call and chat scripts, most of them written as voice-agent
    # prompts (the form most new public call scripts now take), for the blind recall list of seed
    # 194: a receptionist agent's prompts for four businesses (business and after hours, known and
    # unknown callers; kiwiiwik/HDGReception2026, no licence file: hashes only), a demo chat-support
    # agent's and a voice receptionist's context pages with model exchanges (GolferGeek/orchestrator-
    # ai-v2, saved from ef8d966, gone from its default branch; CC-BY-NC-SA-4.0 there: hashes only)
    # and a helpline's agent user guide (Dlu6/Mayday_EC, mhu-wiki; no licence file: hashes only)
    "kiwiiwik/HDGReception2026": ("NOASSERTION", "(none)", [
        "azure-webapp/businesses/*/prompt-*.md", "elevenlabs/*.md"]),
    "GolferGeek/orchestrator-ai-v2": ("CC-BY-NC-SA-4.0", "LICENSE", [
        "demo-agents/sales/chat_support/context.md", "demo-agents/sales/voice_receptionist/context.md"]),
    "Dlu6/Mayday_EC": ("NOASSERTION", "(none)", ["mhu-wiki/docs/user-guide/*.md"]),
    # ... and a veterinary clinic's voice-agent prompts for inbound and outbound calls, with shared
    # response guidelines (Om-Chaudhary/odis-ai-backup; no licence file: hashes only)
    "Om-Chaudhary/odis-ai-backup": ("NOASSERTION", "(none)", [
        "docs/vapi/prompts/*.md", "docs/vapi/alum-rock/*.md", "docs/vapi/del-valle/*.md"]),
    # ... and, kept aside unread for the seed-195 check: a voice-agent library of prompts, templates
    # and tool notes (greetings, closings, objections, transfers; ricardocidale/norfolk-ai-agents, no
    # licence file: hashes only)
    "ricardocidale/norfolk-ai-agents": ("NOASSERTION", "(none)", ["library/*CLAUDE.md"]),
    # ... and a voice assistant's instruction pages (purpose, speaking style, procedures, refund
    # policies; pBread/twilio-agentic-voice-assistant-ts, no licence file: hashes only)
    "pBread/twilio-agentic-voice-assistant-ts": ("NOASSERTION", "(none)", ["agent/instructions/*.md"]),
    # session 20 (hold20, issue 30): scripts in bare code fences and lines after speaker labels, for the
    # blind recall list of seed 207: a set of support agents' guides whose model lines to say are in bare
    # fences and quoted canned responses (CaelanDrayer/cAgents, MIT) and sample call transcripts written
    # in bare fences with AGENT:/CUSTOMER: labels (ahsaan5/procai-repo; no licence file: hashes only)
    "CaelanDrayer/cAgents": ("MIT", "LICENSE", [
        "serve/agents/chat-support-specialist.md", "serve/agents/customer-support-rep.md",
        "serve/agents/technical-support-engineer.md"]),
    "ahsaan5/procai-repo": ("NOASSERTION", "(none)", ["CALL_TRANSCRIPTS.md"]),
    # ... and, kept aside unread for the seed-208 check: dialogue scripts for generated support and
    # service calls, one line per speaker after "**Agent:**"/"Agent:" labels (dgwartney/vision-clip-
    # generator, MIT)
    "dgwartney/vision-clip-generator": ("MIT", "LICENSE", ["dialogs/*.md", "dialogs/*.txt"]),
    # session 21 (hold21, issue 30): for the blind recall list of seed 224, example calls and chats
    # with speaker labels: a voice booking agent's example calls in bare fences, the agent named by
    # its own name (rogersr42/aeris-voice-calling), a receptionist's example call scripts with bold
    # "AI"/"C" labels and its system prompt (fghwp97y6w-rgb/ai-phone-agent), a support widget's chat
    # style examples with Customer:/Agent: lines (kayesmahmud/AI-Support-Agent); none has a licence
    # file: hashes only
    "rogersr42/aeris-voice-calling": ("NOASSERTION", "(none)", ["EXAMPLE_CALLS.md"]),
    "fghwp97y6w-rgb/ai-phone-agent": ("NOASSERTION", "(none)", ["docs/call-scripts.md", "docs/system-prompt.md"]),
    "kayesmahmud/AI-Support-Agent": ("NOASSERTION", "(none)", ["knowledge-base/examples-chat-style.md"]),
    # ... and a medical office phone agent's rulebook, each rule a When/Action/Example entry whose
    # example is the line to say, unquoted after a bold "Example:" label (ericz23/worksheet-realconvo;
    # with one branch of its revised rulebook, which has the hold rules; the other versions and branches
    # left out, near copies of these; no licence file: hashes only)
    "ericz23/worksheet-realconvo": ("NOASSERTION", "(none)", [
        "agent_rulebooks/agent_rulebook.md", "agent_rulebook_db_revised/rulebook_branch_31.md"]),
    # ... and, kept aside unread for the seed-225 check: an outbound booking agent's conversation brief
    # for testers (EldadStyleZ/interview-alta-project), a CSR operations manual for calling and
    # texting businesses (Hussnain-Butt/Redline-CRM); no licence file: hashes only
    "EldadStyleZ/interview-alta-project": ("NOASSERTION", "(none)", ["packages/orchestrator/CONVERSATION_BRIEF.md"]),
    "Hussnain-Butt/Redline-CRM": ("NOASSERTION", "(none)", ["CSR_Operations_Manual.md"]),
    # ... and a voice QA bot's recorded test calls, a patient and the clinic's agent each on a label line
    # of their own (saitejareddi3636/pgai-voice-qa-bot; no licence file: hashes only)
    "saitejareddi3636/pgai-voice-qa-bot": ("NOASSERTION", "(none)", ["runs/run_*/transcripts/transcript.md"]),
    # session 22 (reply22): customer-support macros and canned replies for the blind recall list of
    # the reply rules as a set, seed 238: a support app's example reply templates (nbashaw/claude-cs,
    # MIT), a training shop's support macros (koolranch/flat-earth-equipment; no licence: hashes
    # only), a support lead's portfolio macro, saved from 7aea125 with --file-copy (evanca/quick-
    # portfolio; the snapshot is too large to fetch; no licence: hashes only)
    "nbashaw/claude-cs": ("MIT", "LICENSE", ["examples/templates/*.md"]),
    "koolranch/flat-earth-equipment": ("NOASSERTION", "(none)", ["docs/support_macros.md"]),
    "evanca/quick-portfolio": ("NOASSERTION", "(none)", ["macros2.md"]),
    # ... and, kept aside for the seed-239 check (only a search excerpt's first macro seen): a game
    # studio's Zendesk macros and response templates (no licence: hashes only)
    "evilstudios/clawd-diddit": ("NOASSERTION", "(none)", ["ZENDESK-MACROS-SETUP.md",
                                                           "ZENDESK-RESPONSE-TEMPLATES.md"]),
    # session 24 (acr24): agent-facing support material for the blind PL104 listed-tier seed-283 sample
    # on replies (the held-out reply folders held 20 listed-tier findings), never read before it was
    # drawn, chosen by a count of listed letters per file only: a support team's handbook of Zendesk
    # workflows, escalation levels and on-call (IvanCherepov/customer-support-handbook), a support
    # agent's SLA and refund policies (abbaszal/Agentic_SupportOps), Freshdesk ticket walk-throughs with
    # the agent's replies (Sainyamsingh/IT-Support-Portfolio); no licence file: hashes only
    "IvanCherepov/customer-support-handbook": ("NOASSERTION", "(none)", ["gitbook/*.md"]),
    "abbaszal/Agentic_SupportOps": ("NOASSERTION", "(none)", ["dat/docs/*.md"]),
    "Sainyamsingh/IT-Support-Portfolio": ("NOASSERTION", "(none)", ["freshdesk_ticketing_demo/*.md"]),
    # ... and, as those three held 10 listed-tier findings, more chosen the same way (file names and a
    # count only): a support-engineer candidate's written replies to customers (RofiatAbdulkareem/port-
    # support-challenge), a customer-service sample set's reply templates and agent procedures
    # (scrawlsbenches/Opus-code-test, MIT), a chain maker's RFQ auto-replies (LoganOYoung/chainsaw-chain-
    # supplier-borealgrit), a small company's customer-operations procedures, escalation matrix and
    # ticket response library (ramaikembang-del/vault-monorepo); no licence file but the one: hashes only
    "RofiatAbdulkareem/port-support-challenge": ("NOASSERTION", "(none)", ["exercise-*/README.md"]),
    "scrawlsbenches/Opus-code-test": ("MIT", "LICENSE", [
        "samples/customer_service/email_response_templates.txt", "samples/customer_service/template-*.md",
        "samples/customer_service/refund_request_handling.txt",
        "samples/customer_service/complaint_escalation_procedures.txt"]),
    "LoganOYoung/chainsaw-chain-supplier-borealgrit": ("NOASSERTION", "(none)", ["RFQ*.md"]),
    "ramaikembang-del/vault-monorepo": ("NOASSERTION", "(none)", [
        "apps/vault/content/biz/departments/operations/customer/*.md"]),
    # ... and, as all these held 21 unread findings, a music-gear maker's support team's own workflow
    # notes for agents (warranty, RMA and shipping processes with the macros they send, systems and
    # resources; its FAQ and troubleshooting answers added after seed 283 was labelled; pg-support/supt-km,
    # CC0-1.0)
    "pg-support/supt-km": ("CC0-1.0", "LICENSE", ["docs/4. Processes/*.md", "docs/5. Systems & Resources/*.md",
                                                   # kept aside unread for the seed-284 check: the answers and
                                                   # troubleshooting steps agents give customers, and the policies
                                                   "docs/1. FAQs/*.md", "docs/2. Troubleshooting/*.md",
                                                   "docs/3. Policies/*.md"]),
    # ... and a home-goods web shop's agent procedures for its Gorgias help desk (wrong size, quality,
    # delay, out-of-stock and customs-charge tickets; DataBySven/customer-service-agent; no licence
    # file: hashes only)
    "DataBySven/customer-service-agent": ("NOASSERTION", "(none)", ["sop/*.md"]),
    # ... and, kept aside unread for acr24's seed-284 check after the front-matter change: a course
    # seller's support skills with the real replies each was drawn from (skillrecordings/support; no
    # licence file: hashes only), a shop's MFA e-mail texts written out in Markdown (Sameeryadav12/
    # Easy11-AI-Commerce-Platform, MIT)
    "skillrecordings/support": ("NOASSERTION", "(none)", ["skills/*/references/real-responses.md"]),
    "Sameeryadav12/Easy11-AI-Commerce-Platform": ("MIT", "LICENSE", ["docs/customer-website/MFA_EMAIL_TEMPLATES.md"]),
    # session 24 (hold24, issue 30): sources found by their hold phrases before plainlint ran on them.
    # For the blind recall list of seed 267: a call-analytics demo's agent-assist call scripts, one
    # line per speaker after bold "**Agent**:"/"**Caller**:" labels (aws-samples/amazon-transcribe-
    # live-call-analytics, Apache-2.0; agent-assist-demo-script3.md left out, a byte copy of
    # agent-assist-demo-script.md), an insurance office's and a med spa's voice assistant prompts
    # (dchiniquy/insight-intelligence-webhook; no licence file: hashes only)
    "aws-samples/amazon-transcribe-live-call-analytics": ("Apache-2.0", "LICENSE.txt", [
        "lca-agentassist-setup-stack/agent-assist-demo-script.md",
        "lca-agentassist-setup-stack/agent-assist-demo-script1.md",
        "lca-agentassist-setup-stack/agent-assist-demo-script2.md"]),
    "dchiniquy/insight-intelligence-webhook": ("NOASSERTION", "(none)", [
        "insight-intelligence-corp/vapi/vapi-insurance-office-assistant.md",
        "insight-intelligence-corp/vapi/vapi-medspa-assistant.md"]),
    # ... and, kept aside unread for the seed-268 check: a delivery booking line's voice agent system
    # prompts (Masum58/silks-plus-sms-ivr-booking-system), a bank call with "Bank Representative:" and
    # "Client:" labels written for speech synthesis (VinterMute/audiodeep_research); no licence file
    # in either: hashes only
    "Masum58/silks-plus-sms-ivr-booking-system": ("NOASSERTION", "(none)", [
        "vapi_system_prompt.md", "docs/VAPI_SYSTEM_PROMPT_REALISTIC.md"]),
    "VinterMute/audiodeep_research": ("NOASSERTION", "(none)", ["Bank_Client_Interaction_TTS.md"]),
    # session 25 (hold25, issue 30): sources found by searching for hold phrases ("Agent: One moment",
    # "please hold while I", "let me put you on hold") before plainlint ran on them, split file by file: the files
    # seen in search results while choosing went to the blind seed-285 list, the other eleven were split
    # at random (seed 285) between it and the seed-286 check (docs/labels/hold25-holds.seed285.tsv).
    # An appointment widget's example chat transcripts with AGENT:/USER: turns in bare fences
    # (Sonnil/GoMomo), a keynote demo's voice-agent instructions with Agent:/Caller: turns
    # (leroychan/twilio-apj-signal-2025-keynote-demo); no licence file in either: hashes only. A
    # contact centre's voice-bot agents' instructions with example responses
    # (liamAthookie/audioconnector-realtime-shim, MIT)
    "Sonnil/GoMomo": ("NOASSERTION", "(none)", [
        "docs/AUTONOMY-UX-TRANSCRIPTS.md", "docs/CLARIFICATION-HANDLING-TRANSCRIPTS.md",
        "docs/DATE-DISTANCE-GUARDRAIL-TRANSCRIPT.md", "docs/FOLLOWUP-POLICY-GUARDRAILS-TRANSCRIPT.md",
        "docs/PHONE-CALL-LIMITATIONS-TRANSCRIPTS.md", "docs/demo-transcripts.md"]),
    "leroychan/twilio-apj-signal-2025-keynote-demo": ("NOASSERTION", "(none)", [
        "server/agents/main/instructions/020-speech.md", "server/agents/main/instructions/070-script.md"]),
    "liamAthookie/audioconnector-realtime-shim": ("MIT", "LICENSE", ["instructions/*_Agent_Instructions.md"]),
    # session 25 (agent25, issue 30): for the blind seed-288 check of the signal for pages written for
    # the support team (reading/audience.py), found by what they are (support-team procedures,
    # escalation processes, playbooks and knowledge bases for agents, a ticketing product's onboarding
    # guides for its users, agents and admins), never by the signal's words, and read before
    # plainlint ran on them: an L1/L2 escalation process (Livepack; its README says MIT but there is
    # no licence file: hashes only), a company's department playbooks (mabaan/RPM), a support
    # playbook and escalation flow (kdahal/architect-portfolio-playbook), two assistants' knowledge
    # bases (Saswata777/email-assistant, satish811/ai-support-assistant), a ticketing product's
    # onboarding guides (felipeanalytichem/analy-ticket), a web shop's operations and retention
    # procedures (fsuels/FsuelsBot, MIT); no licence file but the one: hashes only
    "Livepack/support-ticket-escalation-process": ("NOASSERTION", "(none)", ["Readme.md", "Example-Case-M365.md"]),
    "mabaan/RPM": ("NOASSERTION", "(none)", ["data/playbooks/*.md"]),
    "kdahal/architect-portfolio-playbook": ("NOASSERTION", "(none)", ["docs/*.md"]),
    "Saswata777/email-assistant": ("NOASSERTION", "(none)", ["kb/internal_knowledge.md"]),
    "satish811/ai-support-assistant": ("NOASSERTION", "(none)", ["sample_kb.md"]),
    "felipeanalytichem/analy-ticket": ("NOASSERTION", "(none)", ["docs/onboarding-guides/*.md"]),
    "fsuels/FsuelsBot": ("MIT", "LICENSE", ["workspace/procedures/operations/*.md", "workspace/procedures/retention/*.md"]),
    # session 26 (aud26, issue 30): for the blind seed-301 check of the signal for pages written for the
    # support team, found by what they are (support runbooks, an agent's quick reference, support policies
    # kept for an assistant, a game's support playbook, a restaurant product's help and support pages,
    # ncomputers/neo above) and split at random (seed 301) before any was read: 25 pages to the blind
    # group, 10 kept aside unread (tests/data/support/labels-heldout/agent-facing.seed301.audience.yaml).
    # An Azure L1 support runbook (x-lga), an SaaS's support-agent quick reference (kumii-dev), an e-mail
    # assistant's knowledge base (Sutharsan2004), technical-support runbooks (juanrey-cyber): no licence
    # file, hashes only; a game's customer-support playbook (goleaf/tribal-clone, MIT) and an SOP agent's
    # knowledge base of support policies (z8964/support-sop-agent, MIT)
    "x-lga/azure-l1-support-runbook": ("NOASSERTION", "(none)", ["*.md"]),
    "kumii-dev/sloane-catalyst-hub": ("NOASSERTION", "(none)", ["docs/SUPPORT_AGENT_QUICK_REFERENCE.md"]),
    "Sutharsan2004/Linkenite_AI_Powered_Communication_Assistant": ("NOASSERTION", "(none)", ["kb/*.md"]),
    "juanrey-cyber/technical-support-runbooks": ("NOASSERTION", "(none)", ["*.md"]),
    "goleaf/tribal-clone": ("MIT", "LICENSE", ["docs/customer-support-playbook.md"]),
    "z8964/support-sop-agent": ("MIT", "LICENSE", ["knowledge_base/*.md"]),
    # session 27 (aud27, issue 30): support-team pages and customer look-alikes found by what they are, split by
    # source (seed 319) before reading (docs/labels/aud27-audience.seed319.tsv); Sourcegraph's (Apache-2.0) and AWS's
    # (MIT-0) pages drawn, 8 of 30 and 6 of 14, with random.Random(321); havlow-code MIT; the rest no licence: hashes only
    "sourcegraph/handbook": ("Apache-2.0", "LICENSE", [
        f"content/departments/technical-success/support/process/{name}.md" for name in (
            "collaboration-time", "engaging-other-teams", "foqal", "index", "k8-migration", "knowledge-base",
            "managing-cs-k8s", "p4-enablement")]),
    "ZwaneKayy/IT-Support-Troubleshooting-Playbook": ("NOASSERTION", "(none)", ["*.md"]),
    "Par-t/Customer_support_ai": ("NOASSERTION", "(none)", ["data/sample_docs/*.md"]),
    "andres-troiano/payments-ai-agent": ("NOASSERTION", "(none)", ["src/rag/corpus/*.md"]),
    "aws-samples/aws-incident-response-playbooks": ("MIT-0", "LICENSE", [
        "playbooks/Amazon GuardDuty Playbooks/EKS Findings/IRP-GD-SuccessfulAnonymousAccess-Kubernetes.md",
        "playbooks/Amazon GuardDuty Playbooks/IAM Findings/IAMAnomolousBehavior-Impact.md",
        "playbooks/IRP-CredCompromise.md", "playbooks/IRP-DataAccess.md", "playbooks/IRP-DoS.md",
        "playbooks/IRP-PersonalDataBreach.md"]),
    "Graceli95/Agentic_Customer_Project1": ("NOASSERTION", "(none)", ["backend/data/docs/*/*.md"]),
    "havlow-code/real-agent-architecture": ("MIT", "LICENSE", ["knowledge_base/*/*.md"]),
    # and a probe of the team-playbook titles from four other sources (searched for "<team> Playbook" titles: precision,
    # not recall; agent-facing.aud27-playbooks.audience.yaml); vnykmshr MIT, the rest no licence: hashes only
    "JayKim88/claude-ai-engineering": ("NOASSERTION", "(none)", ["plugins/business-avengers/templates/cs-playbook.md"]),
    "vnykmshr/playbook": ("MIT", "LICENSE", ["README.md", "docs/index.md", "docs/why-we-build-playbooks.md",
                                             "mdbook/intro.md"]),
    "HighOutputVentures/engineering-playbook": ("NOASSERTION", "(none)", ["README.md"]),
    "jqsirls/story-intelligence": ("NOASSERTION", "(none)", ["docs/inclusivity/sales/SALES_PLAYBOOK.md",
                                                            "docs/sales/sales-playbook.md"]),
    # session 26 (hold26, issue 30): for the blind seed-297 hold list and the seed-298 check, found by
    # searching public code for support scripts with hold phrases (find_string, search, find_repos
    # "customer-service-script"); in no corpus, build table or earlier sample. The files were chosen by
    # broad words only (hold, moment, wait, patience, bear with, hang on, stay on the line, stand by,
    # give me a: `grep -l`, no text printed) and split at random (seed 297) before any was read
    # (docs/labels/hold26-holds.seed297.tsv). A web shop team's canned chat replies for presales,
    # sales and aftersales by platform and trade (akakooluo-ai/customer-service-scripts, MIT), a
    # learner's telephone-English notes (woow-wu7/8-penetrate) and a voice agent's phrase list
    # (Alemaksus/n8n-voice-agent); no licence file in the last two: hashes only.
    "akakooluo-ai/customer-service-scripts": ("MIT", "LICENSE", [
        "general/aftersales.md", "general/sales.md", "industries/beauty.md", "industries/fashion.md",
        "platforms/aliexpress/aftersales.md", "platforms/aliexpress/sales.md", "platforms/amazon/aftersales.md",
        "platforms/ebay/aftersales.md", "platforms/ebay/sales.md", "platforms/lazada/aftersales.md",
        "platforms/lazada/sales.md", "platforms/shopify/aftersales.md", "platforms/shopify/sales.md",
        "platforms/temu/aftersales.md", "platforms/temu/sales.md", "platforms/tiktok-shop/aftersales.md",
        "platforms/tiktok-shop/sales.md", "platforms/wish/aftersales.md", "platforms/wish/sales.md"]),
    "woow-wu7/8-penetrate": ("NOASSERTION", "(none)", ["4-ENGLISH/0-0-CLASSIFICATION/AA-3-Telephone.md"]),
    "Alemaksus/n8n-voice-agent": ("NOASSERTION", "(none)", ["voice/utterances.md"]),
    # and, its opening seen in a search result, so in the blind list: a hotel sales chat agent's sample
    # conversations with **Agent:**/**Guest:** turns (mushon-visitguide/mini_hotel_sales_agent, no licence)
    "mushon-visitguide/mini_hotel_sales_agent": ("NOASSERTION", "(none)", ["docs/chat_conversations.md"]),
    # session 26 (check26), for the blind whole-tool seed-303 check, never read before: Prometheus'
    # maintainers' saved replies to issues and questions (Apache-2.0). The file is gone from the
    # repository's HEAD (the docs site was replaced at f672c3f), so it is copied from the commit
    # before, 533c220, with --file-copy (`git show 533c220:snippets/saved_replies.md`).
    "prometheus/docs": ("Apache-2.0", "LICENSE", ["snippets/saved_replies.md"]),
    # session 27 (check27), the seed-315/316 whole-tool check, never read before: Back-Wave's saved replies and
    # myK9Show's support macros (a dog-show entry platform; no licence file in either: hashes only; no snapshot of
    # the latter, so its file is copied from the code index's stored copy at 5edc355 with --file-copy)
    "Back-Wave/backwave-feedback": ("NOASSERTION", "(none)", ["SAVED_REPLIES.md"]),
    "rbeezley/myk9-platform": ("NOASSERTION", "(none)", ["docs/support/macros.md"]),
}
