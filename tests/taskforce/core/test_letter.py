import datetime

from duijie.taskforce.core.letter import (
    DRAFT_MARK,
    LetterInput,
    build_letter,
    chinese_date,
    draft_body,
    handling_note,
)


def letter_input(**changes) -> LetterInput:
    fields = {
        "issuing_unit": "杨浦区人民政府",
        "document_number": "杨府〔2023〕20号",
        "session": "区十七届人大三次会议",
        "proposal_number": "0123",
        "proposal_kind": "deputy",
        "subject": "关于深化中新数字经济合作的建议",
        "proposers": ["王建国", "李敏"],
        "body": "您提出的建议收悉。\n\n一、办理情况\n已建立机制。\n\n感谢支持。",
        "handling_result": "in_progress",
        "disclosure": "proactive",
        "reply_date": datetime.date(2023, 6, 20),
        "contact_person": "陈静",
        "contact_phone": "021-65430000",
        "cc": ["区人大常委会人代联工委", "区政府办公室"],
    }
    return LetterInput(**{**fields, **changes})


def test_letter_layout():
    letter = build_letter(letter_input())
    assert letter.top_lines == ("办理结果：正在解决或列入计划", "公开属性：主动公开")
    assert letter.document_number == "杨府〔2023〕20号"
    assert letter.title == "杨浦区人民政府关于区十七届人大三次会议第0123号代表建议的答复"
    assert letter.salutation == "王建国、李敏代表："
    assert letter.paragraphs == ("您提出的建议收悉。", "一、办理情况\n已建立机制。", "感谢支持。")
    assert (letter.signature, letter.date_line) == ("杨浦区人民政府", "2023年6月20日")
    assert letter.contact_line == "联系人：陈静　　联系电话：021-65430000"
    assert letter.cc_line == "抄送：区人大常委会人代联工委、区政府办公室"


def test_cppcc_proposals_address_members_and_drafts_are_marked():
    letter = build_letter(letter_input(proposal_kind="cppcc", draft=True, cc=[], contact_phone=""))
    assert letter.title.endswith("第0123号政协提案的答复")
    assert letter.salutation == "王建国、李敏委员："
    assert letter.top_lines[0] == DRAFT_MARK
    assert letter.cc_line == ""
    assert letter.contact_line == "联系人：陈静"


def test_chinese_date_has_no_leading_zeros():
    assert chinese_date(datetime.date(2024, 1, 5)) == "2024年1月5日"


def test_draft_body_uses_units_and_handling_notes():
    note = handling_note(datetime.date(2023, 5, 10), "杨浦区商务委员会", "visit", "面商建议内容")
    assert note == "2023年5月10日，杨浦区商务委员会上门走访提出人：面商建议内容"
    body = draft_body(
        subject="关于深化合作的建议",
        lead_unit="杨浦区商务委员会",
        co_units=["杨浦区科学技术委员会"],
        handling_notes=[note],
    )
    assert body.startswith(
        "您提出的《关于深化合作的建议》收悉。本建议由我单位主办，杨浦区科学技术委员会会办。"
    )
    assert note in body
    assert body.endswith("感谢您对杨浦区商务委员会工作的关心和支持，欢迎继续提出宝贵意见和建议。")
