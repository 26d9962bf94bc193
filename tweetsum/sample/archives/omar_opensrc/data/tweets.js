window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014317250643017734"
          ],
          "editableUntil" : "2026-01-22T13:40:31.372Z",
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
        "160"
      ],
      "favorite_count" : "18",
      "id_str" : "2014317250643017734",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2014317250643017734",
      "created_at" : "Thu Jan 22 12:40:31 +0000 2026",
      "favorited" : false,
      "full_text" : "On the flip side, an AI-assisted contributor fixed a 6-year-old Windows path bug nobody on the core team could reproduce. Good tools in careful hands are great.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014180833883451405"
          ],
          "editableUntil" : "2026-01-22T04:38:27.748Z",
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
        "187"
      ],
      "favorite_count" : "31",
      "id_str" : "2014180833883451405",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014180833883451405",
      "created_at" : "Thu Jan 22 03:38:27 +0000 2026",
      "favorited" : false,
      "full_text" : "We added a simple rule: AI-assisted PRs are welcome, but the author must explain the change in their own words in the description. AI-generated PR volume dropped 70%, quality went way up.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013892100648267777"
          ],
          "editableUntil" : "2026-01-21T09:31:07.794Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "202",
              "213"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "213"
      ],
      "favorite_count" : "33",
      "id_str" : "2013892100648267777",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013892100648267777",
      "created_at" : "Wed Jan 21 08:31:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Our OSS project got 140 AI-generated PRs last month. About 20 were useful. The rest: hallucinated fixes, formatting churn, and one that deleted the tests \"to make CI pass\". Adding a contributor policy. #OpenSource",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013529649061294084"
          ],
          "editableUntil" : "2026-01-20T09:30:52.580Z",
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
            "url" : "https://t.co/hy4dXodfbS",
            "expanded_url" : "https://twitter.com/zhao_kaiyuan/status/2013513764536672260",
            "display_url" : "twitter.com/zhao_kaiyuan/st…",
            "indices" : [
              "141",
              "164"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "164"
      ],
      "favorite_count" : "109",
      "id_str" : "2013529649061294084",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2013529649061294084",
      "created_at" : "Tue Jan 20 08:30:52 +0000 2026",
      "favorited" : false,
      "full_text" : "This. Half our enterprise users can't legally send data to an external API. Open weights are not ideology for them, they're the only option. https://t.co/hy4dXodfbS",
      "lang" : "en",
      "quoted_status_id_str" : "2013513764536672260"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013524368543633408"
          ],
          "editableUntil" : "2026-01-20T09:09:53.064Z",
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
        "133"
      ],
      "favorite_count" : "34",
      "id_str" : "2013524368543633408",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013524368543633408",
      "created_at" : "Tue Jan 20 08:09:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Maintainer request to AI tool makers: respect CONTRIBUTING.md and don't auto-open PRs. The cost of review falls on unpaid volunteers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013456845392314376"
          ],
          "editableUntil" : "2026-01-20T04:41:34.101Z",
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
            "name" : "Ivy Chen",
            "screen_name" : "ivy_agents",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1040729687588814898",
            "id" : "1040729687588814898"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "166"
      ],
      "favorite_count" : "32",
      "id_str" : "2013456845392314376",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013456845392314376",
      "created_at" : "Tue Jan 20 03:41:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@ivy_agents congrats on 0.9! Typed tool schemas should have been the default everywhere from day one. Any plans for a conformance test suite other frameworks can run?",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013411669372973066",
      "in_reply_to_status_id" : "2013411669372973066",
      "in_reply_to_user_id" : "1040729687588814898",
      "in_reply_to_user_id_str" : "1040729687588814898",
      "in_reply_to_screen_name" : "ivy_agents"
    }
  }
]