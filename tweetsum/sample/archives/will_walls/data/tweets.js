window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014431777670389769"
          ],
          "editableUntil" : "2026-01-22T21:15:36.110Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "184"
      ],
      "favorite_count" : "60",
      "id_str" : "2014431777670389769",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2014431777670389769",
      "created_at" : "Thu Jan 22 20:15:36 +0000 2026",
      "favorited" : false,
      "full_text" : "I'm not an AI skeptic, I'm a timeline skeptic. Every transformative technology was overhyped in the short run. Railway mania, dot-com, now this. The infrastructure outlasts the bubble.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014232847307526148"
          ],
          "editableUntil" : "2026-01-22T08:05:08.805Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AI",
            "indices" : [
              "187",
              "190"
            ]
          },
          {
            "text" : "agents",
            "indices" : [
              "191",
              "198"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "20",
      "id_str" : "2014232847307526148",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014232847307526148",
      "created_at" : "Thu Jan 22 07:05:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Everyone's building agents. Nobody's building the boring trust layer: audit logs, permissions, reversibility. The first big agent-caused financial loss will make 2026 the year of \"undo\". #AI #agents",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013925149362270219"
          ],
          "editableUntil" : "2026-01-21T11:42:27.512Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/qbKMjJ9RhV",
            "expanded_url" : "https://twitter.com/i/web/status/2013925149362270219",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "239",
              "262"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "262"
      ],
      "favorite_count" : "36",
      "id_str" : "2013925149362270219",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013925149362270219",
      "created_at" : "Wed Jan 21 10:42:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Long post, because the bubble question deserves more than a one-liner.\n\nSigns this looks like a bubble: 60x+ revenue multiples for young companies, circular deals where suppliers invest in customers who buy their chips, and a lot of debt… https://t.co/qbKMjJ9RhV",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013914551595958274"
          ],
          "editableUntil" : "2026-01-21T11:00:20.479Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "232",
      "id_str" : "2013914551595958274",
      "truncated" : false,
      "retweet_count" : "68",
      "id" : "2013914551595958274",
      "created_at" : "Wed Jan 21 10:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Every generation of tech gets a \"this time it's different\" moment. What's different this time: the hype cycle and the real adoption curve are running at the same time, which makes both hard to read.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013811128724512773"
          ],
          "editableUntil" : "2026-01-21T04:09:22.846Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "vc_nadia",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "166446347",
            "id" : "166446347"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "0",
      "id_str" : "2013811128724512773",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "2013811128724512773",
      "created_at" : "Wed Jan 21 03:09:22 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @vc_nadia: Seed valuations for \"AI-native\" startups: median $28M pre-money in our data, vs $14M for everything else. The premium is real…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013763369269559300"
          ],
          "editableUntil" : "2026-01-21T00:59:35.114Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
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
      "favorite_count" : "179",
      "id_str" : "2013763369269559300",
      "truncated" : false,
      "retweet_count" : "37",
      "id" : "2013763369269559300",
      "created_at" : "Tue Jan 20 23:59:35 +0000 2026",
      "favorited" : false,
      "full_text" : "\"AGI by 2027\" posts get 10x the engagement of \"our invoice error rate fell from 4% to 1.5%\". The second one is the actual revolution.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013643260121501711"
          ],
          "editableUntil" : "2026-01-20T17:02:19.324Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Nadia Haddad",
            "screen_name" : "vc_nadia",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "166446347",
            "id" : "166446347"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "10",
        "207"
      ],
      "favorite_count" : "244",
      "id_str" : "2013643260121501711",
      "truncated" : false,
      "retweet_count" : "55",
      "id" : "2013643260121501711",
      "created_at" : "Tue Jan 20 16:02:19 +0000 2026",
      "favorited" : false,
      "full_text" : "@vc_nadia if Corvid is worth $6B at $90M ARR, what's a profitable 100-person SaaS company with the same $90M worth? Maybe $900M? Same revenue, 7x gap. Someone is wrong, and I don't think it's the SaaS buyer.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013582556785217539",
      "in_reply_to_status_id" : "2013582556785217539",
      "in_reply_to_user_id" : "166446347",
      "in_reply_to_user_id_str" : "166446347",
      "in_reply_to_screen_name" : "vc_nadia"
    }
  }
]