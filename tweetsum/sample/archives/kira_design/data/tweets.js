window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014266890399268875"
          ],
          "editableUntil" : "2026-01-22T10:20:24.541Z",
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
        "162"
      ],
      "favorite_count" : "19",
      "id_str" : "2014266890399268875",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014266890399268875",
      "created_at" : "Thu Jan 22 09:20:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Spent Sunday at the ceramics studio. Throwing bowls on the wheel is the only design work no model can do for me, and the only kind where my mistakes are charming.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014072206024847372"
          ],
          "editableUntil" : "2026-01-21T21:26:48.460Z",
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
            "url" : "https://t.co/0l6JQjGEag",
            "expanded_url" : "https://twitter.com/sam_vidgen/status/2014068210362048513",
            "display_url" : "twitter.com/sam_vidgen/stat…",
            "indices" : [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "15",
      "id_str" : "2014072206024847372",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014072206024847372",
      "created_at" : "Wed Jan 21 20:26:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Character consistency across 11 shots is the real milestone here. Storyboard artists, take note: animatics just got very cheap. https://t.co/0l6JQjGEag",
      "lang" : "en",
      "quoted_status_id_str" : "2014068210362048513"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013829149355872260"
          ],
          "editableUntil" : "2026-01-21T05:20:58.914Z",
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
        "163"
      ],
      "favorite_count" : "16",
      "id_str" : "2013829149355872260",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2013829149355872260",
      "created_at" : "Wed Jan 21 04:20:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Design teams I talk to aren't shrinking, they're shipping 3x more variants and A/B testing everything. The job moved from \"make the thing\" to \"decide which thing\".",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013770334742433797"
          ],
          "editableUntil" : "2026-01-21T01:27:16.650Z",
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
        "158"
      ],
      "favorite_count" : "2",
      "id_str" : "2013770334742433797",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013770334742433797",
      "created_at" : "Wed Jan 21 00:27:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Hot take: AI-generated UI mockups all look alike because they're trained on the same portfolio shots. Distinctive design is about to become a premium product.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013709153177374734"
          ],
          "editableUntil" : "2026-01-20T21:24:09.755Z",
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
            "name" : "郭视频 AIGC",
            "screen_name" : "guo_shipin",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1443826096274115917",
            "id" : "1443826096274115917"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "168"
      ],
      "favorite_count" : "79",
      "id_str" : "2013709153177374734",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2013709153177374734",
      "created_at" : "Tue Jan 20 20:24:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@guo_shipin the ink-wash look is gorgeous. Which reference images did you use for the style? I've struggled to get Xinglan to keep brushstrokes consistent across shots.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "2013697131168923663",
      "in_reply_to_status_id" : "2013697131168923663",
      "in_reply_to_user_id" : "1443826096274115917",
      "in_reply_to_user_id_str" : "1443826096274115917",
      "in_reply_to_screen_name" : "guo_shipin"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013414106244022287"
          ],
          "editableUntil" : "2026-01-20T01:51:45.027Z",
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
        "145"
      ],
      "favorite_count" : "2",
      "id_str" : "2013414106244022287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013414106244022287",
      "created_at" : "Tue Jan 20 00:51:45 +0000 2026",
      "favorited" : false,
      "full_text" : "A client asked for \"the AI look\" in their brand refresh. I asked what that means. They said \"purple gradients\". We have come full circle to 2016.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013407095384002567"
          ],
          "editableUntil" : "2026-01-20T01:23:53.209Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "design",
            "indices" : [
              "184",
              "191"
            ]
          },
          {
            "text" : "genAI",
            "indices" : [
              "192",
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
      "favorite_count" : "105",
      "id_str" : "2013407095384002567",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2013407095384002567",
      "created_at" : "Tue Jan 20 00:23:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Used an image model to generate 60 logo directions for a client in an hour. Client picked... the one I sketched by hand before the session. Tools for exploration, taste for selection. #design #genAI",
      "lang" : "en"
    }
  }
]