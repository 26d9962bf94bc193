window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014480151594188801"
          ],
          "editableUntil" : "2026-01-23T00:27:50.618Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "191"
      ],
      "favorite_count" : "9",
      "id_str" : "2014480151594188801",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014480151594188801",
      "created_at" : "Thu Jan 22 23:27:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Practical mitigation for prompt injection: the agent that reads untrusted content shouldn't be the one holding send/transfer permissions. Split them. It's least privilege, not rocket science.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014474020630790150"
          ],
          "editableUntil" : "2026-01-23T00:03:28.862Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "智能体",
            "indices" : [
              "62",
              "66"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "韩智能体",
            "screen_name" : "han_agent",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "1495952730227284799",
            "id" : "1495952730227284799"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "2014474020630790150",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014474020630790150",
      "created_at" : "Thu Jan 22 23:03:28 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @han_agent: 做 Agent 的一个经验：每一步操作都要能回滚。尤其是涉及支付的操作，一定要有人工确认环节。#智能体",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014470261404635145"
          ],
          "editableUntil" : "2026-01-22T23:48:32.210Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/CWghWQUbnP",
            "expanded_url" : "https://twitter.com/han_agent/status/2014441905632247818",
            "display_url" : "twitter.com/han_agent/statu…",
            "indices" : [
              "175",
              "198"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "17",
      "id_str" : "2014470261404635145",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014470261404635145",
      "created_at" : "Thu Jan 22 22:48:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Good practice. I'd add: the human approval step must show the exact payload, not the agent's summary of it. We've seen agents summarize a $4,000 transfer as \"a small refund\". https://t.co/CWghWQUbnP",
      "lang" : "en",
      "quoted_status_id_str" : "2014441905632247818"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014250563838926860"
          ],
          "editableUntil" : "2026-01-22T09:15:32.319Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Will Harrington",
            "screen_name" : "will_walls",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "216037426",
            "id" : "216037426"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "206"
      ],
      "favorite_count" : "45",
      "id_str" : "2014250563838926860",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2014250563838926860",
      "created_at" : "Thu Jan 22 08:15:32 +0000 2026",
      "favorited" : false,
      "full_text" : "@will_walls the trust layer exists in pieces (approval hooks, audit logs, scoped credentials) but almost nobody wires them together. In 9 audits this quarter I saw exactly one agent with a working rollback.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2014232847307526148",
      "in_reply_to_status_id" : "2014232847307526148",
      "in_reply_to_user_id" : "216037426",
      "in_reply_to_user_id_str" : "216037426",
      "in_reply_to_screen_name" : "will_walls"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013905724013543425"
          ],
          "editableUntil" : "2026-01-21T10:25:15.677Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "7",
      "id_str" : "2013905724013543425",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2013905724013543425",
      "created_at" : "Wed Jan 21 09:25:15 +0000 2026",
      "favorited" : false,
      "full_text" : "New finding this week: an internal coding agent had read access to production secrets \"for debugging\". Nobody remembered granting it. Agents accumulate permissions exactly like employees do.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013865549819133967"
          ],
          "editableUntil" : "2026-01-21T07:45:37.105Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIsafety",
            "indices" : [
              "205",
              "214"
            ]
          },
          {
            "text" : "security",
            "indices" : [
              "215",
              "224"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "224"
      ],
      "favorite_count" : "53",
      "id_str" : "2013865549819133967",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2013865549819133967",
      "created_at" : "Wed Jan 21 06:45:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Ran a red-team exercise on a customer's internal agent. It could be convinced, via an email it was summarizing, to forward a confidential doc. Prompt injection through content is still the top agent risk. #AIsafety #security",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013534969285877764"
          ],
          "editableUntil" : "2026-01-20T09:52:01.979Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AIgovernance",
            "indices" : [
              "141",
              "154"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "154"
      ],
      "favorite_count" : "9",
      "id_str" : "2013534969285877764",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013534969285877764",
      "created_at" : "Tue Jan 20 08:52:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Audit findings across 9 companies this quarter: 7 had no inventory of which models were in production. You can't govern what you can't list. #AIgovernance",
      "lang" : "en"
    }
  }
]